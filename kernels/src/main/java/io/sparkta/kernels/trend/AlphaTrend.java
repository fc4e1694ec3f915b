package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.Sma;
import io.sparkta.kernels.vector.TrueRangeScan;

/**
 * AlphaTrend: a stop coeff average true ranges below the low while money flow (or RSI) is at least 50, above the
 * high otherwise, that only moves in the trend's direction; k2 is k1 two bars earlier.
 */
@AutoService(Indicator.class)
public final class AlphaTrend extends StepIndicator {
    static final ParamSpec.Real COEFF = ParamSpec.realAbove("coeff", 1.0, 0.0, Double.MAX_VALUE,
            "distance in average true ranges").sweep(1.0, 1.0, 0.0);
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "true-range average and MFI/RSI length")
            .sweep(14, 263, 1);
    static final ParamSpec.Int NO_VOLUME = ParamSpec.flag("no_volume", false, "RSI of the close instead of MFI");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("alphatrend", "AlphaTrend", Category.TREND)
            .columns("open", "high", "low", "close", "volume").params(COEFF, PERIOD, NO_VOLUME)
            .output("k1", Warmup.of(PERIOD).plus(-1)).output("k2", Warmup.of(PERIOD).plus(1))
            .notes("The average true range is the plain mean of the last period true ranges (the first bar's is "
                    + "high - low). The momentum is MFI of hlc3 and volume, or RSI of the close with no_volume; "
                    + "on the first bar, where RSI is not out yet, the stop starts above the high. open is not "
                    + "read.")
            .build();

    public AlphaTrend() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double coeff = COEFF.of(p);
        boolean noVolume = NO_VOLUME.of(p) == 1;
        SeriesStep averageRange = SeriesStep.of(Sma.RUNNING_SUM, period);
        SeriesStep rsi = SeriesStep.of(Indicators.get("rsi"), period);
        IndicatorStream mfi = Indicators.get("mfi").stream(new double[] {period});
        double[] flowBar = new double[2], flow = new double[1];
        return new Step() {
            private double prevClose = Double.NaN, stop = Double.NaN, lag1 = Double.NaN, lag2 = Double.NaN;

            @Override
            public void next(double[] bar, double[] out) {
                double high = bar[1], low = bar[2], close = bar[3];
                double range = TrueRangeScan.trueRangeOrRange(high, low, prevClose);
                prevClose = close;
                double atr = averageRange.next(range), momentum;
                if (noVolume) {
                    momentum = rsi.next(close);
                } else {
                    flowBar[0] = (high + low + close) / 3.0;
                    flowBar[1] = bar[4];
                    mfi.update(flowBar, flow);
                    momentum = flow[0];
                }
                if (Double.isNaN(atr)) {
                    return;
                }
                double reach = atr * coeff;
                boolean rising = momentum >= 50.0; // false while the momentum is still NaN
                double candidate = rising ? low - reach : high + reach;
                if (!Double.isNaN(stop)) {
                    candidate = rising ? Math.max(candidate, stop) : Math.min(candidate, stop);
                }
                lag2 = lag1;
                lag1 = stop;
                stop = candidate;
                out[0] = stop;
                out[1] = lag2;
            }
        };
    }
}
