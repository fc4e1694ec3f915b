package io.sparkta.kernels;

import io.sparkta.kernels.memory.DoubleMemory;
import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * The off-heap transport of {@link Indicator}'s ByteBuffer calls (Arrow's Float8 data buffers): in place where
 * the kernel is written over {@link DoubleMemory} and the buffers can be addressed, else one bulk copy in and
 * one out.
 */
final class OffHeapCalls {
    private OffHeapCalls() {
    }

    static void single(Indicator ind, ByteBuffer[] inputs, int n, double[] params, Vectorization vectorization,
                       ByteBuffer[] outputs) {
        IndicatorSpec spec = ind.spec();
        ByteBuffer[] in = littleEndian(spec, inputs, spec.inputs(), n, "input");
        ByteBuffer[] out = littleEndian(spec, outputs, spec.outputs(), n, "output");
        if (inPlace(in, out)) {
            ind.computeInto(memories(in, 0, n), n, params, vectorization, memories(out, 0, n));
            keepReachable(in, out);
            return;
        }
        double[][] scratch = ScratchArrays.take(in.length + out.length, n);
        double[][] arrays = Arrays.copyOf(scratch, in.length);
        double[][] results = Arrays.copyOfRange(scratch, in.length, in.length + out.length);
        for (int i = 0; i < in.length; i++) {
            in[i].asDoubleBuffer().get(0, arrays[i], 0, n);
        }
        ind.computeInto(arrays, params, vectorization, results, 0);
        copyOut(results, out, 0, n);
    }

    static void batch(Indicator ind, ByteBuffer[] inputs, int n, double[][] combos, BatchOptions options,
                      ByteBuffer[] outputs) {
        IndicatorSpec spec = ind.spec();
        ByteBuffer[] in = littleEndian(spec, inputs, spec.inputs(), n, "input");
        long cells = (long) combos.length * n;
        if (cells > Integer.MAX_VALUE / Double.BYTES) {
            throw new IndicatorException(spec.id(), ErrorKind.INVALID_RANGE, combos.length + " combos x " + n
                    + " points exceed one buffer; split the grid or the series");
        }
        ByteBuffer[] out = littleEndian(spec, outputs, spec.outputs(), (int) cells, "output matrix");
        int first = Indicator.firstValid(in.length, n, (i, t) -> in[i].getDouble(t * Double.BYTES));
        for (double[] combo : combos) {
            ind.prepare(n, first, combo);
        }
        Vectorization k = options.vectorization().resolve();
        if (ind.batchesInPlace(k) && inPlace(in, out) && Arrays.stream(combos).allMatch(ind::computesInPlace)) {
            ind.inParallel(combos.length, options, (lo, hi) -> {
                for (int r = lo; r < hi; r++) {
                    ind.computeRow(memories(in, 0, n), n, first, combos[r], k, memories(out, r * n, n));
                }
            });
            keepReachable(in, out);
            return;
        }
        double[][] arrays = new double[in.length][n];
        for (int i = 0; i < in.length; i++) {
            in[i].asDoubleBuffer().get(0, arrays[i], 0, n);
        }
        int group = ind.rowAlignment();
        ind.inParallel(combos.length, options, (lo, hi) -> {
            double[][] block = new double[out.length][Math.min(hi - lo, group) * n];
            for (int from = lo; from < hi; from += group) {
                int to = Math.min(hi, from + group);
                for (int r = from; r < to; r++) {
                    int row = (r - from) * n;
                    Indicator.fillPrefix(block, row, row + Math.min(n, first + ind.warmup(combos[r])));
                }
                ind.computeRows(arrays, first, combos, from, to, k, block, -from * n, n);
                copyOut(block, out, from * n, (to - from) * n);
            }
        });
    }

    /** Little-endian views of the buffers, checked for count and capacity ({@code count} doubles each). */
    private static ByteBuffer[] littleEndian(IndicatorSpec spec, ByteBuffer[] buffers, List<String> names, int count,
                                             String role) {
        if (buffers.length != names.size()) {
            throw new IllegalArgumentException(spec.id() + ": expected " + names.size() + " " + role + " buffers "
                    + names + ", got " + buffers.length);
        }
        ByteBuffer[] views = new ByteBuffer[buffers.length];
        for (int i = 0; i < buffers.length; i++) {
            if (buffers[i].capacity() / Double.BYTES < count) {
                throw IndicatorException.lengthMismatch(spec.id(), role + " '" + names.get(i) + "'", count,
                        buffers[i].capacity() / Double.BYTES);
            }
            views[i] = buffers[i].duplicate().clear().order(ByteOrder.LITTLE_ENDIAN);
        }
        return views;
    }

    /** Buffers as memories whose index t is the double at {@code shift + t}, for t in [0, n). */
    private static DoubleMemory[] memories(ByteBuffer[] buffers, int shift, int n) {
        DoubleMemory[] memories = new DoubleMemory[buffers.length];
        for (int i = 0; i < buffers.length; i++) {
            memories[i] = DoubleMemory.of(buffers[i], shift, 0, n);
        }
        return memories;
    }

    /**
     * Keeps direct buffers (and so their memory: a JDK buffer's is freed once it is unreachable) alive up to
     * here, since the kernels that ran hold only raw addresses, which the JIT does not count as references.
     */
    private static void keepReachable(ByteBuffer[] in, ByteBuffer[] out) {
        Reference.reachabilityFence(in);
        Reference.reachabilityFence(out);
    }

    /** Whether in-place kernels can address the buffers (and write the outputs). */
    private static boolean inPlace(ByteBuffer[] in, ByteBuffer[] out) {
        return Arrays.stream(in).allMatch(DoubleMemory::addresses)
                && Arrays.stream(out).allMatch(b -> DoubleMemory.addresses(b) && !b.isReadOnly());
    }

    private static void copyOut(double[][] from, ByteBuffer[] to, int index, int count) {
        for (int o = 0; o < from.length; o++) {
            to[o].asDoubleBuffer().put(index, from[o], 0, count);
        }
    }
}
