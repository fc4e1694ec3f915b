package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.memory.DoubleMemory;

/**
 * Ehlers' MESA Adaptive Moving Average and its following average (FAMA): a Hilbert transform of the 4-bar
 * WMA of the price measures the cycle's phase; alpha = fast_limit / phase change, at least slow_limit.
 */
@AutoService(Indicator.class)
public final class Mama extends Indicator {
    private static final int WARMUP = 10;

    private static final ParamSpec.Real FAST_LIMIT = ParamSpec.realAbove("fast_limit", 0.5, 0.0, 1.0,
            "largest alpha").sweep(0.5, 0.749, 0.001);
    private static final ParamSpec.Real SLOW_LIMIT = ParamSpec.realAbove("slow_limit", 0.05, 0.0, 1.0,
            "smallest alpha").sweep(0.05, 0.05, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("mama", "MESA Adaptive Moving Average",
                    Category.MOVING_AVERAGE)
            .source("close").params(FAST_LIMIT, SLOW_LIMIT)
            .outputs(Warmup.bars(WARMUP), "mama_values", "fama_values")
            .notes("Ehlers' published recursion (as TA-Lib computes it), run from the first valid value with zero "
                    + "state and written from first + 10, VectorTA's warm-up. VectorTA's kernel does not start at the "
                    + "first valid value; this one does, so k leading NaNs only shift the output. Agrees with TA-Lib's "
                    + "MAMA once both have converged (tested). Differs from VectorTA on every bar: its phase and "
                    + "period come from an arctangent approximation that is not one (see the deviation); VectorTA also "
                    + "fills its filters with the first price where this starts from zero. A NaN after the first valid "
                    + "value makes later outputs NaN.")
            .build()
            .deviating(vectortaArctan("mama_values"), vectortaArctan("fama_values"));

    /** VectorTA's reference series is 15,577 bars; its MAMA is off from bar 10 (its warm-up) to the end. */
    private static Deviation vectortaArctan(String output) {
        return new Deviation(output, WARMUP, 15_577,
                "VectorTA measures the phase (atan(Q1 / I1)) and the period (2 pi / atan(Im / Re)) with its "
                        + "atan_fast, which computes pi/4 z + z (|z| - 1) + 0.2447 + 0.0663 |z| instead of the "
                        + "approximation pi/4 z - z (|z| - 1) (0.2447 + 0.0663 |z|): it gives 0.2447 at 0 and "
                        + "1.096 at 1, and drops to 0.474 just above 1, so its alphas are not MAMA's; this uses "
                        + "the arctangent",
                "VectorTA's own recursion rerun with that function reproduces its reference bit for bit, and "
                        + "with a true arctangent differs by up to 18%; ours agrees with TA-Lib's MAMA on the "
                        + "same candles once converged (MamaTest)");
    }

    public Mama() {
        super(SPEC);
    }

    /** A step per value, so it runs in place on off-heap buffers as on arrays. */
    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        Step step = new Step(FAST_LIMIT.of(p), SLOW_LIMIT.of(p));
        for (int t = first; t < n; t++) {
            step.next(in[0].get(t));
            if (t - first >= WARMUP) {
                out[0].put(t, step.mama);
                out[1].put(t, step.fama);
            }
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        Step step = new Step(FAST_LIMIT.of(p), SLOW_LIMIT.of(p));
        return new IndicatorStream() {
            private long seen;

            @Override
            protected void accept(double[] bar, double[] out) {
                step.next(bar[0]);
                boolean warm = seen++ >= WARMUP;
                out[0] = warm ? step.mama : Double.NaN;
                out[1] = warm ? step.fama : Double.NaN;
            }
        };
    }

    /** MAMA and FAMA from the cycle's phase. */
    private static final class Step {
        private final double fastLimit, slowLimit;
        private final HilbertCycle cycle = new HilbertCycle();
        private double previousPhase;
        private boolean started;
        double mama, fama;

        Step(double fastLimit, double slowLimit) {
            this.fastLimit = fastLimit;
            this.slowLimit = slowLimit;
        }

        void next(double price) {
            cycle.next(price);
            double i1 = cycle.inPhase();
            double phase = i1 != 0.0 ? Math.atan(cycle.quadrature() / i1) * HilbertCycle.DEGREES : 0.0;
            double delta = Math.max(previousPhase - phase, 1.0);
            previousPhase = phase;
            double alpha = delta > 1.0 ? Math.max(fastLimit / delta, slowLimit) : fastLimit;
            if (!started) {
                mama = price;
                fama = price;
                started = true;
            } else {
                mama = alpha * price + (1.0 - alpha) * mama;
                fama = 0.5 * alpha * mama + (1.0 - 0.5 * alpha) * fama;
            }
        }
    }
}
