package io.sparkta.bench;

import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.WeightedWindow;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Where ALMA's Arrow overhead goes: the SIMD weighted window (ALMA's weights, period 9 unless {@code -p period=N})
 * over 1,000,000 points on heap arrays ({@code arrays}); on direct buffers ({@code offHeap}, the library's
 * off-heap path: through the L1 staging that JDK 17 forces on vector kernels, or loading vectors from the memory
 * directly on JDK 22+);
 * and the staging's two bulk copies alone, without the kernel ({@code copiesOnly}). If the copies overlapped
 * the arithmetic, the staged path would cost about what {@code arrays} does; it costs about their sum. Run it
 * on both JDKs ({@code -jvm}) to compare the two off-heap paths.
 */
@State(Scope.Thread)
public class WindowStagingBench extends OffHeapBench {
    private static final int BLOCK = WeightedWindow.BLOCK;

    /** ALMA's window length: each output loads this many shifted vectors. */
    @Param({"9"})
    public int period;

    private double[] x, out, weights, window, block;
    private double scale;
    private ByteBuffer directIn, directOut;
    private DoubleMemory inMemory, outMemory;
    private WeightedWindow simd; // SegmentWeightedWindow on JDK 22+

    @Setup
    public void setup() {
        x = BenchData.candles(BenchData.POINTS).close();
        out = new double[x.length];
        weights = new double[period];
        double m = 0.85 * (period - 1), s = period / 6.0;
        double total = 0.0;
        for (int i = 0; i < period; i++) {
            weights[i] = Math.exp(-(i - m) * (i - m) / (2 * s * s));
            total += weights[i];
        }
        scale = 1.0 / total;
        directIn = ByteBuffer.allocateDirect(x.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        directIn.asDoubleBuffer().put(x);
        directOut = ByteBuffer.allocateDirect(x.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        inMemory = DoubleMemory.of(directIn, 0, 0, x.length);
        outMemory = DoubleMemory.of(directOut, 0, 0, x.length);
        simd = WeightedWindow.of(Vectorization.SIMD);
        window = new double[BLOCK + period - 1];
        block = new double[BLOCK];
    }

    @Benchmark
    public double[] arrays() {
        simd.apply(x, weights, scale, period - 1, x.length, out, 0);
        return out;
    }

    @Benchmark
    public ByteBuffer offHeap() {
        simd.apply(inMemory, weights, scale, period - 1, x.length, outMemory);
        return directOut;
    }

    /** {@link #arrays} and {@link #offHeap} one after the other, call after call (see {@link PairedTimes}). */
    @Benchmark
    public void pairedShots(PairedTimes times) {
        times.time(this::arrays, this::offHeap);
    }

    /** The staged path's copies in and out, block by block, with no arithmetic between them. */
    @Benchmark
    public ByteBuffer copiesOnly() {
        for (int t = period - 1; t < x.length; t += BLOCK) {
            int count = Math.min(BLOCK, x.length - t);
            inMemory.copyTo(t - period + 1, window, 0, count + period - 1);
            outMemory.copyFrom(block, t, count);
        }
        return directOut;
    }
}
