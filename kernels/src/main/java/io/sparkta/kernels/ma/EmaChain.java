package io.sparkta.kernels.ma;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.EmaChainRows;

/**
 * An average built from chained EMAs (dema, tema, tilson): {@code depth} EMA stages of one period, each
 * seeded as VectorTA seeds that indicator's EMAs, combined with per-stage coefficients summed from stage 0 up.
 * Single and stream run one scalar row; sweeps on the SIMD kernel run one period per vector lane, bit-identical.
 */
abstract class EmaChain extends SeriesRecursion {
    private final ParamSpec.Int period;
    private final int depth;
    private final EmaChainRows.Seed seed;

    EmaChain(IndicatorSpec spec, ParamSpec.Int period, int depth, EmaChainRows.Seed seed) {
        super(spec);
        this.period = period;
        this.depth = depth;
        this.seed = seed;
    }

    /** One coefficient per stage (stage 0 smooths the input). */
    protected abstract double[] coefficients(double[] p);

    @Override
    public boolean hasSimd() {
        return true;
    }

    /** VectorTA checks period valid values for every chain, whatever its warm-up. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requireWindow(period, p, n, first);
    }

    @Override
    protected Step start(double[] p) {
        return new EmaChainRows.Row(depth, seed, period.of(p), coefficients(p))::next;
    }

    /** One row through the scalar row kernel, which runs the EMA phase on locals (arrays, or off-heap in place). */
    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        EmaChainRows.Chain chain = new EmaChainRows.Chain(depth, seed, new int[] {period.of(p)},
                new double[][] {coefficients(p)}, new int[] {warmup(p)});
        EmaChainRows.scalarRow(in[0], first, chain, 0, n, out[0]);
    }

    /** A batch copies its input once and runs a period per SIMD lane, unless scalar. */
    @Override
    protected boolean batchesInPlace(Vectorization resolved) {
        return resolved == Vectorization.SCALAR;
    }

    @Override
    protected void computeRows(double[][] in, int first, double[][] combos, int from, int to,
                               Vectorization vectorization,
                              double[][] out, int offset, int stride) {
        int[] periods = new int[combos.length], warmups = new int[combos.length];
        double[][] coefficients = new double[combos.length][];
        for (int r = from; r < to; r++) {
            periods[r] = period.of(combos[r]);
            warmups[r] = warmup(combos[r]);
            coefficients[r] = coefficients(combos[r]);
        }
        EmaChainRows.Chain chain = new EmaChainRows.Chain(depth, seed, periods, coefficients, warmups);
        EmaChainRows.of(vectorization).compute(in[0], first, chain, from, to, out[0], offset, stride);
    }
}
