package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;
import io.sparkta.kernels.stats.Window;

/** Ulcer Index: the root mean square of the percentage drawdowns from the rolling highest value. */
@AutoService(Indicator.class)
public final class Ui extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window of the high and of the mean")
            .sweep(14, 263, 1);
    static final ParamSpec.Real SCALAR = ParamSpec.real("scalar", 100.0, 0.0, Double.POSITIVE_INFINITY,
            "scale of the drawdowns (100: percent)").sweep(100.0, 100.0, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ui", "Ulcer Index", Category.VOLATILITY)
            .source("close").params(PERIOD, SCALAR).output("values", Warmup.of(PERIOD).plus(PERIOD).plus(-2))
            .notes("Drawdown (x - max) * (scalar / max) against the highest of the last period values "
                    + "(monotonic queue, O(1) amortised); the mean of the last period squared drawdowns from a "
                    + "running sum as VectorTA keeps it. A NaN, or a highest value within machine epsilon of 0, "
                    + "makes the windows holding that bar's drawdown NaN.")
            .build();

    public Ui() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double scalar = SCALAR.of(p), scale = 1.0 / period;
        Window squares = new Window(period);
        return new Step() {
            private RollingExtremes highest = new RollingExtremes(period);
            private int clean; // values since the last NaN
            private double sum;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                if (Double.isNaN(x)) {
                    clean = 0;
                    highest = new RollingExtremes(period); // the queue holds no NaN: start over after it
                } else {
                    highest.push(x);
                    clean++;
                }
                if (clean < period) {
                    squares.push(Double.NaN);
                    out[0] = Double.NaN;
                    return;
                }
                double m = highest.max();
                double drawdown = (x - m) * (scalar / m), square = Math.abs(m) > Math.ulp(1.0) ? drawdown * drawdown
                        : Double.NaN;
                double old = squares.push(square);
                if (!squares.ready()) {
                    out[0] = Double.NaN;
                    return;
                }
                if (squares.fresh()) {
                    sum = squares.sum();
                } else {
                    sum -= old;
                    sum += square;
                }
                out[0] = Math.sqrt(Math.max(sum * scale, 0.0));
            }
        };
    }
}
