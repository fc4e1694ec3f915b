package io.sparkta.kernels.spi;

/**
 * Sweep rows of a chain of EMAs (ema, dema, tema, tilson): stage 0 smooths the input, stage s the output
 * of stage s - 1, all with alpha = 2 / (period + 1), each stage VectorTA's EMA (a running mean for its first
 * period values, a NaN input carrying the last value forward). A row's output is
 * {@code sum over k of coefficients[r][order[k]] * stage[order[k]]}, added in that order, written from
 * {@code first + warmups[r]} on.
 */
public interface EmaChainRows {

    void compute(double[] x, int first, Chain chain, int from, int to, double[] out, int offset, int stride);

    /** What varies per row: the period, the stage coefficients and the warm-up. */
    record Chain(int depth, int[] order, int[] periods, double[][] coefficients, int[] warmups) {
    }

    /** One stage: the scalar EMA step every implementation performs, operation for operation. */
    final class Stage {
        final int period;
        final double alpha;
        double sum, value = Double.NaN;
        int bars, finite;

        public Stage(int period) {
            this.period = period;
            this.alpha = 2.0 / (period + 1);
        }

        public double next(double x) {
            if (bars < period) { // the count stops once the mean phase is over: one store less per step
                bars++;
                if (!Double.isNaN(x)) {
                    sum += x;
                    value = sum / ++finite;
                }
            } else if (!Double.isNaN(x)) {
                value += alpha * (x - value);
            }
            return value;
        }

        public double value() {
            return value;
        }

        public double alpha() {
            return alpha;
        }
    }

    /** The stages of one row, advanced together; {@link #output} combines them. */
    final class Row {
        private final Stage[] stages;
        private final double[] coefficients;
        private final int[] order;

        public Row(int depth, int period, double[] coefficients, int[] order) {
            this.stages = new Stage[depth];
            for (int s = 0; s < depth; s++) {
                stages[s] = new Stage(period);
            }
            this.coefficients = coefficients;
            this.order = order;
        }

        public double next(double x) {
            double in = x;
            for (Stage s : stages) {
                in = s.next(in);
            }
            return output();
        }

        double output() {
            double sum = coefficients[order[0]] * stages[order[0]].value;
            for (int k = 1; k < order.length; k++) {
                sum += coefficients[order[k]] * stages[order[k]].value;
            }
            return sum;
        }

        public Stage stage(int s) {
            return stages[s];
        }

        /** Every stage past its mean phase: {@code v += alpha (in - v)}, a NaN input keeping v. */
        void runEma(double[] x, int from, int to, int warm, double[] out, int rowStart) {
            int depth = stages.length;
            double alpha = stages[0].alpha;
            if (depth > 6) {
                throw new IllegalArgumentException("EMA chains have at most six stages, got " + depth);
            }
            double[] v = new double[6], c = new double[order.length];
            int[] at = order.clone();
            for (int s = 0; s < depth; s++) {
                v[s] = stages[s].value;
            }
            for (int k = 0; k < order.length; k++) {
                c[k] = coefficients[order[k]];
            }
            if (depth == 1) { // the plain EMA keeps its value in a register (array elements reload after each store)
                double v0 = v[0], c0 = c[0];
                for (int t = from; t < to; t++) {
                    double in = x[t];
                    if (!Double.isNaN(in)) {
                        v0 += alpha * (in - v0);
                    }
                    if (t >= warm) {
                        out[rowStart + t] = c0 * v0;
                    }
                }
                v[0] = v0;
            } else {
                // Up to six stages on locals: a stage value kept in an array element goes through memory on its
                // own recursion (a store and a reload per step); tilson ran 18.3 -> 12.2 ms per 1M points.
                double v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3], v4 = v[4], v5 = v[5];
                for (int t = from; t < to; t++) {
                    double in = x[t];
                    if (!Double.isNaN(in)) {
                        v0 += alpha * (in - v0);
                    }
                    if (!Double.isNaN(v0)) {
                        v1 += alpha * (v0 - v1);
                    }
                    if (depth > 2 && !Double.isNaN(v1)) {
                        v2 += alpha * (v1 - v2);
                    }
                    if (depth > 3 && !Double.isNaN(v2)) {
                        v3 += alpha * (v2 - v3);
                    }
                    if (depth > 4 && !Double.isNaN(v3)) {
                        v4 += alpha * (v3 - v4);
                    }
                    if (depth > 5 && !Double.isNaN(v4)) {
                        v5 += alpha * (v4 - v5);
                    }
                    v[0] = v0; // for the combination in its summation order (off the recursions' path)
                    v[1] = v1;
                    v[2] = v2;
                    v[3] = v3;
                    v[4] = v4;
                    v[5] = v5;
                    double sum = c[0] * v[at[0]];
                    for (int k = 1; k < at.length; k++) {
                        sum += c[k] * v[at[k]];
                    }
                    if (t >= warm) {
                        out[rowStart + t] = sum;
                    }
                }
            }
            for (int s = 0; s < depth; s++) {
                stages[s].value = v[s];
                stages[s].bars = stages[s].period;
            }
        }
    }

    /**
     * Runs row r from first to {@code end}, writing outputs from its warm-up on, and returns its stages. Once
     * every stage has left its mean phase the stages run as plain locals (the same operations, no per-value
     * object state), the single-series fast path.
     */
    static Row scalarRow(double[] x, int first, Chain chain, int r, int end, double[] out, int rowStart) {
        int period = chain.periods()[r];
        Row row = new Row(chain.depth(), period, chain.coefficients()[r], chain.order());
        int warm = first + chain.warmups()[r];
        int meanEnd = Math.min(end, first + period);
        for (int t = first; t < meanEnd; t++) {
            double v = row.next(x[t]);
            if (t >= warm) {
                out[rowStart + t] = v;
            }
        }
        if (meanEnd < end) {
            row.runEma(x, meanEnd, end, warm, out, rowStart);
        }
        return row;
    }

    /** The implementation for a resolved kernel. */
    static EmaChainRows of(io.sparkta.kernels.Kernel resolved) {
        return Impls.CHOICE.get(resolved);
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        static final EmaChainRows SCALAR = (x, first, chain, from, to, out, offset, stride) -> {
            for (int r = from; r < to; r++) {
                scalarRow(x, first, chain, r, x.length, out, offset + r * stride);
            }
        };
        static final KernelChoice<EmaChainRows> CHOICE = new KernelChoice<>(EmaChainRows.class, SCALAR, "EmaChainLanes");

        private Impls() {
        }
    }
}
