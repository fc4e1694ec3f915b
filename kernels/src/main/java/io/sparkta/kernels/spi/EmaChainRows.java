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
    }

    /** Runs row r from first to {@code end}, writing outputs from its warm-up on, and returns its stages. */
    static Row scalarRow(double[] x, int first, Chain chain, int r, int end, double[] out, int rowStart) {
        Row row = new Row(chain.depth(), chain.periods()[r], chain.coefficients()[r], chain.order());
        int warm = first + chain.warmups()[r];
        for (int t = first; t < end; t++) {
            double v = row.next(x[t]);
            if (t >= warm) {
                out[rowStart + t] = v;
            }
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
