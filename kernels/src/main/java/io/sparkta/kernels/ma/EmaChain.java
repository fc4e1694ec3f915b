package io.sparkta.kernels.ma;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.spi.DoubleMemory;
import io.sparkta.kernels.spi.EmaChainRows;

/**
 * An average built from chained EMAs (ema, dema, tema, tilson): {@code depth} EMA stages with the period of
 * the first parameter, each seeded as VectorTA seeds that indicator's EMAs, combined with per-stage
 * coefficients summed from stage 0 up. Single and stream run one scalar row; sweeps on the SIMD kernel run one
 * period per vector lane, bit-identical.
 */
abstract class EmaChain extends RecursiveAverage {
    private final int depth;
    private final EmaChainRows.Seed seed;

    EmaChain(IndicatorSpec spec, int depth, EmaChainRows.Seed seed) {
        super(spec);
        this.depth = depth;
        this.seed = seed;
    }

    /** One coefficient per stage (stage 0 smooths the input). */
    protected abstract double[] coefficients(double[] p);

    @Override
    public boolean hasSimd() {
        return true;
    }

    @Override
    protected Step start(double[] p) {
        return new EmaChainRows.Row(depth, seed, (int) p[0], coefficients(p))::next;
    }

    /** One row through the scalar row kernel, which runs the EMA phase on locals (arrays, or off-heap in place). */
    @Override
    protected void kernel(DoubleMemory[] in, int n, int first, double[] p, Kernel kernel, DoubleMemory[] out) {
        EmaChainRows.Chain chain = new EmaChainRows.Chain(depth, seed, new int[] {(int) p[0]},
                new double[][] {coefficients(p)}, new int[] {warmup(p)});
        EmaChainRows.scalarRow(in[0], first, chain, 0, n, out[0]);
    }

    /** A batch copies its input once and runs a period per SIMD lane, unless scalar. */
    @Override
    protected boolean batchesInPlace(Kernel resolved) {
        return resolved == Kernel.SCALAR;
    }

    @Override
    protected void kernelRows(double[][] in, int first, double[][] combos, int from, int to, Kernel kernel,
                              double[][] out, int offset, int stride) {
        int[] periods = new int[combos.length], warmups = new int[combos.length];
        double[][] coefficients = new double[combos.length][];
        for (int r = from; r < to; r++) {
            periods[r] = (int) combos[r][0];
            warmups[r] = warmup(combos[r]);
            coefficients[r] = coefficients(combos[r]);
        }
        EmaChainRows.Chain chain = new EmaChainRows.Chain(depth, seed, periods, coefficients, warmups);
        EmaChainRows.of(kernel).compute(in[0], first, chain, from, to, out[0], offset, stride);
    }
}
