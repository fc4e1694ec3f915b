package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.MovingAverages;

/** Volume-Weighted MACD: fast VWMA - slow VWMA, its signal average and their difference. */
@AutoService(Indicator.class)
public final class Vwmacd extends StepIndicator {
    static final ParamSpec.Int FAST = ParamSpec.period("fast_period", 12, 1, "fast VWMA length");
    static final ParamSpec.Int SLOW = ParamSpec.period("slow_period", 26, 1, "slow VWMA length");
    static final ParamSpec.Int SIGNAL = ParamSpec.period("signal_period", 9, 1, "signal average length");
    static final ParamSpec.Choice FAST_TYPE = ParamSpec.choice("fast_ma_type", "sma", MovingAverages::names,
            "the average of close x volume and of volume for the fast VWMA");
    static final ParamSpec.Choice SLOW_TYPE = ParamSpec.choice("slow_ma_type", "sma", MovingAverages::names,
            "the same for the slow VWMA");
    static final ParamSpec.Choice SIGNAL_TYPE = ParamSpec.choice("signal_ma_type", "ema", MovingAverages::names,
            "the average of the MACD line");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("vwmacd", "Volume-Weighted MACD",
                    Category.MOMENTUM)
            .columns("close", "volume").params(FAST, SLOW, SIGNAL, FAST_TYPE, SLOW_TYPE, SIGNAL_TYPE)
            .output("macd", Warmup.custom("max(fast_period, slow_period) - 1, or the averages' warm-ups",
                    Vwmacd::macdWarmup))
            .outputs(Warmup.custom("the MACD line's + signal_period - 1, or the signal average's warm-up",
                    Vwmacd::signalWarmup), "signal", "hist")
            .notes("Each VWMA is average(close x volume) / average(volume), NaN where the volume average is 0. "
                    + "The signal average reads the MACD line from its first value on; with ema (the default) "
                    + "that is VectorTA's ema, a running mean over its first signal_period values.")
            .build();

    public Vwmacd() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        SeriesStep fastCv = SeriesStep.movingAverage(FAST_TYPE.of(p), FAST.of(p));
        SeriesStep fastV = SeriesStep.movingAverage(FAST_TYPE.of(p), FAST.of(p));
        SeriesStep slowCv = SeriesStep.movingAverage(SLOW_TYPE.of(p), SLOW.of(p));
        SeriesStep slowV = SeriesStep.movingAverage(SLOW_TYPE.of(p), SLOW.of(p));
        SeriesStep signal = SeriesStep.movingAverage(SIGNAL_TYPE.of(p), SIGNAL.of(p));
        int macdFrom = macdWarmup(p);
        return new Step() {
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double cv = bar[0] * bar[1];
                double fast = vwma(fastCv.next(cv), fastV.next(bar[1]));
                double slow = vwma(slowCv.next(cv), slowV.next(bar[1]));
                double m = bars++ < macdFrom ? Double.NaN : fast - slow, s = signal.next(m);
                out[0] = m;
                out[1] = s;
                out[2] = m - s;
            }
        };
    }

    private static double vwma(double priceVolume, double volume) {
        return volume != 0 ? priceVolume / volume : Double.NaN;
    }

    private static int macdWarmup(double[] p) {
        return Math.max(Math.max(FAST.of(p), SLOW.of(p)) - 1, Math.max(
                MovingAverages.warmup(FAST_TYPE.of(p), FAST.of(p)), MovingAverages.warmup(SLOW_TYPE.of(p), SLOW.of(p))));
    }

    private static int signalWarmup(double[] p) {
        return macdWarmup(p) + Math.max(SIGNAL.of(p) - 1, MovingAverages.warmup(SIGNAL_TYPE.of(p), SIGNAL.of(p)));
    }
}
