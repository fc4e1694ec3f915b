package io.sparkta.kernels.momentum;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;

/** A comparison of the price with the price {@code period} bars back (momentum and the rates of change). */
abstract class LaggedChange extends StepIndicator {
    private final ParamSpec.Int period;

    LaggedChange(IndicatorSpec spec, ParamSpec.Int period) {
        super(spec);
        this.period = period;
    }

    /** The output for the price now and the price period bars before. */
    abstract double change(double now, double before);

    /** The step's comparison, reading the earlier price from the array rather than from a ring. */
    @Override
    protected final void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization,
                                       double[][] out, int offset) {
        double[] x = in[0], values = out[0];
        int lag = period.of(p);
        for (int t = first + lag; t < x.length; t++) {
            values[offset + t] = change(x[t], x[t - lag]);
        }
    }

    @Override
    protected final Step start(double[] p) {
        double[] past = new double[period.of(p)];
        return new Step() {
            private int at;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                out[0] = change(x, past[at]); // the slot holds the value period bars back once it is filled
                past[at] = x;
                at = at + 1 == past.length ? 0 : at + 1;
            }
        };
    }
}
