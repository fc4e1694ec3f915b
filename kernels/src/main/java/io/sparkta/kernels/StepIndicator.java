package io.sparkta.kernels;

import io.sparkta.kernels.memory.DoubleMemory;

/**
 * The per-bar step contract, the default way to write an indicator: the descriptor (inputs, typed parameters,
 * outputs with their warm-up rules) and a {@link Step}, the state of one series that takes a bar and writes
 * its outputs. From that one piece come the single, batch and stream calls, in place on off-heap buffers, and
 * through them the SQL functions, sweeps, the CLI and the tests; all run the same step from the first valid
 * bar on, so they agree bit for bit. Outputs before their warm-up are NaN whatever the step wrote.
 *
 * <p>A step may build on other indicators' streams ({@link SeriesStep}), so an {@code ma_type} parameter takes
 * any moving average of the {@code ma} selector. Indicators with faster kernels (weighted windows, lane-wise
 * sweeps) override {@link #computeSeries} or {@link #computeRows}; the property tests hold them to the step.
 */
public abstract class StepIndicator extends Indicator {
    protected StepIndicator(IndicatorSpec spec) {
        super(spec);
    }

    /** The state of one series. */
    @FunctionalInterface
    public interface Step {
        /** Takes the next bar (one value per input, in descriptor order); writes one value per output. */
        void next(double[] bar, double[] out);
    }

    /** A fresh state for the (validated) parameters. */
    protected abstract Step start(double[] params);

    /** A step reads one bar at a time, so it runs in place on off-heap buffers as on arrays. */
    @Override
    public boolean computesInPlace(double[] params) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] params, Vectorization vectorization,
                                 DoubleMemory[] out) {
        Step step = start(params);
        int[] from = firstOutputs(params, first);
        double[] bar = new double[in.length], values = new double[out.length];
        for (int t = first; t < n; t++) {
            for (int i = 0; i < bar.length; i++) {
                bar[i] = in[i].get(t);
            }
            step.next(bar, values);
            for (int o = 0; o < values.length; o++) {
                out[o].put(t, t < from[o] ? Double.NaN : values[o]);
            }
        }
    }

    @Override
    protected IndicatorStream newStream(double[] params) {
        Step step = start(params);
        int[] from = firstOutputs(params, 0);
        return new IndicatorStream() {
            private long seen;

            @Override
            protected void accept(double[] bar, double[] out) {
                step.next(bar, out);
                for (int o = 0; o < out.length; o++) {
                    if (seen < from[o]) {
                        out[o] = Double.NaN;
                    }
                }
                seen++;
            }
        };
    }

    private int[] firstOutputs(double[] params, int first) {
        int[] from = new int[spec().outputs().size()];
        for (int o = 0; o < from.length; o++) {
            from[o] = first + warmup(params, o);
        }
        return from;
    }
}
