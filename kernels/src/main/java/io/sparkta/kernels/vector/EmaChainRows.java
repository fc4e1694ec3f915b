package io.sparkta.kernels.vector;

import io.sparkta.kernels.memory.DoubleMemory;

/**
 * Sweep rows of a chain of EMAs (dema, tema, tilson): stage 0 smooths the input, stage s the output
 * of stage s - 1, all with alpha = 2 / (period + 1). Each stage starts as its {@link Seed} says, then runs
 * the EMA step (a NaN input carrying the last value forward). A row's output is
 * {@code sum over s of coefficients[r][s] * stage[s]}, added from stage 0 up (a zero coefficient adds an
 * exact zero), written from {@code first + warmups[r]} on.
 */
public interface EmaChainRows {

    void compute(double[] x, int first, Chain chain, int from, int to, double[] out, int offset, int stride);

    /** What varies per row: the period, the stage coefficients and the warm-up; the seeding is the chain's. */
    record Chain(int depth, Seed seed, int[] periods, double[][] coefficients, int[] warmups) {
        /** Bars after first from which every stage of row r runs the plain EMA step. */
        public int settled(int r) {
            int period = periods[r];
            return (depth - 1) * seed.delay(period) + seed.meanBars(period);
        }
    }

    /** How the stages of a chain start, as VectorTA seeds each indicator's EMAs. */
    enum Seed {
        /** Every stage from the first value, seeded with its first input (dema). */
        FIRST_VALUE(false, false),
        /** Stage s starts period - 1 bars after stage s - 1, seeded with its first input (tema). */
        STAGGERED_FIRST_VALUE(false, true),
        /**
         * Stage s starts period - 1 bars after stage s - 1, when that stage's seed is complete, and is seeded
         * with the mean of its first period inputs (tilson, as TA-Lib's T3).
         */
        STAGGERED_MEAN(true, true);

        private final boolean mean, staggered;

        Seed(boolean mean, boolean staggered) {
            this.mean = mean;
            this.staggered = staggered;
        }

        /** Bars of running mean a stage starts with (one bar: its first input). */
        public int meanBars(int period) {
            return mean ? period : 1;
        }

        /** Bars between the starts of consecutive stages. */
        public int delay(int period) {
            return staggered ? period - 1 : 0;
        }
    }

    /** One stage: the scalar EMA step every implementation performs, operation for operation. */
    final class Stage {
        final int meanBars;
        final double alpha, beta;
        double sum, value = Double.NaN;
        int bars, finite; // bars: counted from the stage's start, negative before it

        /** VectorTA's EMA: a running mean for the first period values, from the first value on. */
        public Stage(int period) {
            this(period, period, 0);
        }

        /** A stage that starts {@code delay} values late and is a running mean for its first {@code meanBars}. */
        public Stage(int period, int meanBars, int delay) {
            this.meanBars = meanBars;
            this.bars = -delay;
            this.alpha = 2.0 / (period + 1);
            this.beta = 1.0 - alpha;
        }

        /**
         * The EMA step, {@code fma(1 - alpha, v, alpha x)}: the recursion on v is one fused multiply-add (4
         * cycles), against a subtraction, multiplication and addition for {@code v + alpha (x - v)}. Equal to
         * that form within an ulp or two per step; VectorTA's reference values hold to 1e-8 absolute.
         */
        public static double step(double alpha, double beta, double v, double x) {
            return Math.fma(beta, v, alpha * x);
        }

        public double next(double x) {
            if (bars < meanBars) { // the count stops once the mean phase is over: one store less per step
                if (bars++ >= 0 && !Double.isNaN(x)) {
                    sum += x;
                    value = sum / ++finite;
                }
            } else if (!Double.isNaN(x)) {
                value = step(alpha, beta, value, x);
            }
            return value;
        }

        public double value() {
            return value;
        }

        public double alpha() {
            return alpha;
        }

        public double beta() {
            return beta;
        }
    }

    /** The stages of one row, advanced together; {@link #output} combines them. */
    final class Row {
        private final Stage[] stages;
        private final double[] coefficients;

        public Row(int depth, Seed seed, int period, double[] coefficients) {
            this.stages = new Stage[depth];
            for (int s = 0; s < depth; s++) {
                stages[s] = new Stage(period, seed.meanBars(period), s * seed.delay(period));
            }
            this.coefficients = coefficients;
        }

        public double next(double x) {
            double in = x;
            for (Stage s : stages) {
                in = s.next(in);
            }
            return output();
        }

        double output() {
            double sum = coefficients[0] * stages[0].value;
            for (int s = 1; s < stages.length; s++) {
                sum += coefficients[s] * stages[s].value;
            }
            return sum;
        }

        public Stage stage(int s) {
            return stages[s];
        }

        /** Every stage past its mean phase: {@link Stage#step}, a NaN input keeping v. */
        void runEma(DoubleMemory x, int from, int to, int warm, DoubleMemory out) {
            int depth = stages.length;
            double alpha = stages[0].alpha, beta = stages[0].beta;
            if (depth > 6) {
                throw new IllegalArgumentException("EMA chains have at most six stages, got " + depth);
            }
            // Up to six stages and their coefficients on locals: a value kept in an array element goes through
            // memory on every step (tilson ran 18.3 -> 12.2 ms per 1M points on locals).
            double[] v = new double[6], c = new double[6];
            for (int s = 0; s < depth; s++) {
                v[s] = stages[s].value;
                c[s] = coefficients[s];
            }
            double v0 = v[0], v1 = v[1], v2 = v[2], v3 = v[3], v4 = v[4], v5 = v[5];
            double c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3], c4 = c[4], c5 = c[5];
            for (int t = from; t < to; t++) {
                double in = x.get(t);
                if (!Double.isNaN(in)) {
                    v0 = Stage.step(alpha, beta, v0, in);
                }
                if (depth > 1 && !Double.isNaN(v0)) {
                    v1 = Stage.step(alpha, beta, v1, v0);
                }
                if (depth > 2 && !Double.isNaN(v1)) {
                    v2 = Stage.step(alpha, beta, v2, v1);
                }
                if (depth > 3 && !Double.isNaN(v2)) {
                    v3 = Stage.step(alpha, beta, v3, v2);
                }
                if (depth > 4 && !Double.isNaN(v3)) {
                    v4 = Stage.step(alpha, beta, v4, v3);
                }
                if (depth > 5 && !Double.isNaN(v4)) {
                    v5 = Stage.step(alpha, beta, v5, v4);
                }
                if (t >= warm) { // output()'s terms in its order
                    double sum = c0 * v0;
                    if (depth > 1) {
                        sum += c1 * v1;
                    }
                    if (depth > 2) {
                        sum += c2 * v2;
                    }
                    if (depth > 3) {
                        sum += c3 * v3;
                    }
                    if (depth > 4) {
                        sum += c4 * v4;
                    }
                    if (depth > 5) {
                        sum += c5 * v5;
                    }
                    out.put(t, sum);
                }
            }
            double[] last = {v0, v1, v2, v3, v4, v5};
            for (int s = 0; s < depth; s++) {
                stages[s].value = last[s];
                stages[s].bars = stages[s].meanBars;
            }
        }
    }

    /**
     * Runs row r from first to {@code end}, writing outputs from its warm-up on, and returns its stages. Once
     * every stage has started and left its mean phase the stages run as plain locals (the same operations, no per-value
     * object state), the single-series fast path.
     */
    static Row scalarRow(double[] x, int first, Chain chain, int r, int end, double[] out, int rowStart) {
        return scalarRow(DoubleMemory.of(x, 0, first, end), first, chain, r, end,
                DoubleMemory.of(out, rowStart, first, end));
    }

    /** {@link #scalarRow(double[], int, Chain, int, int, double[], int)} over any memory (off-heap in place). */
    static Row scalarRow(DoubleMemory x, int first, Chain chain, int r, int end, DoubleMemory out) {
        int period = chain.periods()[r];
        Row row = new Row(chain.depth(), chain.seed(), period, chain.coefficients()[r]);
        int warm = first + chain.warmups()[r];
        int meanEnd = Math.min(end, first + chain.settled(r));
        for (int t = first; t < meanEnd; t++) {
            double v = row.next(x.get(t));
            if (t >= warm) {
                out.put(t, v);
            }
        }
        if (meanEnd < end) {
            row.runEma(x, meanEnd, end, warm, out);
        }
        return row;
    }

    /** The implementation for a resolved kernel. */
    static EmaChainRows of(io.sparkta.kernels.Vectorization resolved) {
        return Impls.CHOICE.get(resolved);
    }

    /** Holder, so that the SIMD class is looked up only when first asked for. */
    final class Impls {
        static final EmaChainRows SCALAR = (x, first, chain, from, to, out, offset, stride) -> {
            for (int r = from; r < to; r++) {
                scalarRow(x, first, chain, r, x.length, out, offset + r * stride);
            }
        };
        static final ScalarOrSimd<EmaChainRows> CHOICE = new ScalarOrSimd<>(EmaChainRows.class, SCALAR,
                "EmaChainLanes");

        private Impls() {
        }
    }
}
