package io.sparkta.spark;

import io.sparkta.kernels.Category;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Indicators that exist for the binding tests only (registered by this module's test resources, so every SQL
 * function, sweep and transform test sees them): no catalogue indicator has an integer output or reads bar
 * times yet.
 */
public final class TestIndicators {
    private TestIndicators() {
    }

    static final ParamSpec.Int LAG = ParamSpec.period("lag", 2, 1, "bars between the compared values").sweep(1, 4, 1);

    /** {@code test_direction}: the sign of x[t] - x[t - lag] as an integer (-1, 0, 1). */
    public static final class Direction extends StepIndicator {
        static final IndicatorSpec SPEC = IndicatorSpec.builder("test_direction", "Test direction", Category.OTHER)
                .source("close").params(LAG).output("values", OutputType.INT, Warmup.of(LAG)).build();

        public Direction() {
            super(SPEC);
        }

        @Override
        protected Step start(double[] p) {
            Lagged lagged = new Lagged(LAG.of(p));
            return (bar, out) -> out[0] = Math.signum(lagged.change(bar[0]));
        }
    }

    /**
     * {@code test_codes}: a source and the bar times in, three typed outputs out: the direction (int), whether
     * the source rose (boolean), and the bar time in hours since the epoch (real, from the first bar on).
     */
    public static final class Codes extends StepIndicator {
        static final IndicatorSpec SPEC = IndicatorSpec.builder("test_codes", "Test codes", Category.OTHER)
                .source("close").columns("timestamp").params(LAG)
                .output("direction", OutputType.INT, Warmup.of(LAG))
                .output("rising", OutputType.BOOL, Warmup.of(LAG))
                .output("hours", OutputType.REAL, Warmup.none()).build();

        public Codes() {
            super(SPEC);
        }

        @Override
        protected Step start(double[] p) {
            Lagged lagged = new Lagged(LAG.of(p));
            return (bar, out) -> {
                double change = lagged.change(bar[0]);
                out[0] = Math.signum(change);
                out[1] = change > 0 ? 1 : 0;
                out[2] = bar[1] / 3_600_000.0;
            };
        }
    }

    /** x[t] - x[t - lag] (NaN until lag values were seen). */
    private static final class Lagged {
        private final double[] window;
        private int seen;

        Lagged(int lag) {
            window = new double[lag];
        }

        double change(double x) {
            int slot = seen % window.length;
            double change = seen++ < window.length ? Double.NaN : x - window[slot];
            window[slot] = x;
            return change;
        }
    }
}
