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

/** Coppock Curve: a moving average of the sum of two rates of change. */
@AutoService(Indicator.class)
public final class Coppock extends StepIndicator {
    static final ParamSpec.Int SHORT = ParamSpec.period("short_roc_period", 11, 1, "short rate-of-change lag")
            .sweep(11, 11, 0);
    static final ParamSpec.Int LONG = ParamSpec.period("long_roc_period", 14, 1, "long rate-of-change lag")
            .sweep(14, 14, 0);
    static final ParamSpec.Int MA_PERIOD = ParamSpec.period("ma_period", 10, 1, "smoothing length").sweep(10, 259, 1);
    static final ParamSpec.Choice MA = ParamSpec.choice("ma_type", "wma", MovingAverages::names, "smoothing average");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("coppock", "Coppock Curve", Category.MOMENTUM)
            .source("close").params(SHORT, LONG, MA_PERIOD, MA)
            .output("values", Warmup.custom("max(short_roc_period, long_roc_period) + the average's warm-up",
                    p -> lags(p) + average(p).warmup(MovingAverages.params(average(p), MA_PERIOD.of(p)))))
            .notes("MA(ma_period) of ROC(short) + ROC(long), each (x / x[t - lag] - 1) * 100; any average of the "
                    + "ma selector (wma by default).")
            .build();

    public Coppock() {
        super(SPEC);
    }

    private static int lags(double[] p) {
        return Math.max(SHORT.of(p), LONG.of(p));
    }

    private static Indicator average(double[] p) {
        return MovingAverages.get(MA.of(p));
    }

    /** The windows, then the chosen average's own rules for its length. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        ParamSpec.Int longest = MA_PERIOD.of(p) > lags(p) ? MA_PERIOD : LONG.of(p) >= SHORT.of(p) ? LONG : SHORT;
        requirePeriod(longest.name(), longest.of(p), n); // the longest window is the one reported
        super.checkData(n, first, p);
        average(p).validate(n, first + lags(p), MovingAverages.params(average(p), MA_PERIOD.of(p)));
    }

    @Override
    protected Step start(double[] p) {
        int shortLag = SHORT.of(p), longLag = LONG.of(p), size = lags(p) + 1;
        SeriesStep smooth = SeriesStep.movingAverage(MA.of(p), MA_PERIOD.of(p));
        double[] ring = new double[size];
        return new Step() {
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                int t = bars++;
                ring[t % size] = x;
                double sum = Double.NaN; // the average skips these leading NaNs
                if (t >= size - 1) {
                    double shortRoc = (x / ring[(t - shortLag) % size] - 1.0) * 100.0;
                    sum = shortRoc + (x / ring[(t - longLag) % size] - 1.0) * 100.0;
                }
                out[0] = smooth.next(sum);
            }
        };
    }
}
