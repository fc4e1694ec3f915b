package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.ma.MovingAverages;
import io.sparkta.kernels.stats.ChosenAverage;
import io.sparkta.kernels.stats.Window;
import io.sparkta.kernels.vector.TrueRangeScan;

/** Keltner Channels: an average of the source with bands multiplier * ATR above and below it. */
@AutoService(Indicator.class)
public final class Keltner extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 1, "length of the average and the ATR")
            .sweep(20, 269, 1);
    static final ParamSpec.Real MULTIPLIER = ParamSpec.real("multiplier", 2.0, 0.0, Double.POSITIVE_INFINITY,
            "ATRs from the middle band to each band").sweep(2.0, 2.0, 0.0);
    static final ParamSpec.Choice MA_TYPE = ParamSpec.choice("ma_type", "ema", MovingAverages::names,
            "the middle band's average");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("keltner", "Keltner Channels", Category.VOLATILITY)
            .source("close").columns("high", "low", "close").params(PERIOD, MULTIPLIER, MA_TYPE)
            .outputs(ChosenAverage.warmup(PERIOD::of, MA_TYPE::of),
                    "upper_band", "middle_band", "lower_band")
            .notes("The ATR is Wilder's, seeded with the mean of the first period true ranges (the first is "
                    + "high - low). The ema and sma middle bands are seeded with the window's mean and run as "
                    + "VectorTA's dedicated paths round them (fused multiply-adds); other averages come from the "
                    + "ma selector. O(1) per bar beyond the chosen average's own cost.")
            .build()
            .deviating(
                    Deviation.afterLeadingNaNs("upper_band", "the ATR starts at the first valid bar",
                            "VectorTA seeds its ATR with high[0] - low[0] and the true ranges from index 1 on, "
                                    + "whatever the first valid index, so leading NaNs leave its bands NaN"),
                    Deviation.afterLeadingNaNs("lower_band", "the ATR starts at the first valid bar",
                            "as upper_band"));

    public Keltner() {
        super(SPEC);
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        ChosenAverage.validate(MA_TYPE.of(p), PERIOD.of(p), n, first);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double m = MULTIPLIER.of(p), pf = period, alpha = 2.0 / (pf + 1.0), rate = 1.0 / pf;
        String maType = MA_TYPE.of(p);
        boolean ema = maType.equals("ema");
        SeriesStep other = ema || maType.equals("sma") ? null : SeriesStep.movingAverage(maType, period);
        Window window = new Window(period);
        return new Step() {
            private double previousClose, atr, sum, middle;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], h = bar[1], l = bar[2], old = window.push(x);
                double tr = bars == 0 ? h - l
                        : TrueRangeScan.trueRange(h, l, previousClose);
                previousClose = bar[3];
                if (++bars <= period) {
                    atr += tr;
                    if (bars == period) {
                        atr /= pf;
                        sum = window.sum();
                        middle = sum / pf;
                    }
                } else if (other != null) {
                    atr += rate * (tr - atr); // the general path smooths without fused multiply-add
                } else {
                    atr = Math.fma(tr - atr, rate, atr);
                    sum += x - old;
                    middle = ema ? Math.fma(x - middle, alpha, middle) : sum / pf;
                }
                if (other != null) {
                    middle = other.next(x);
                }
                out[0] = Math.fma(m, atr, middle);
                out[1] = middle;
                out[2] = Math.fma(-m, atr, middle);
            }
        };
    }
}
