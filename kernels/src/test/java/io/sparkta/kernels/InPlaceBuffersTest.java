package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.vector.VectorizationProvider;
import io.sparkta.kernels.vector.WeightedWindow;
import io.sparkta.kernels.vector.WindowMoments;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import sun.misc.Unsafe;

/**
 * The in-place kernels address direct buffers by raw address, so every kind of buffer a caller may hand over
 * is checked against the array kernel here: heap buffers (served by a copy), direct buffers sliced off a
 * larger one (the address moves), read-only direct inputs; and buffers too short are refused before anything
 * is read or written.
 */
class InPlaceBuffersTest {
    private static final int N = 700;

    private static final List<IntFunction<ByteBuffer>> KINDS = List.of(
            bytes -> ByteBuffer.allocate(bytes),
            bytes -> ByteBuffer.allocateDirect(bytes + 24).position(24).slice(),
            bytes -> ByteBuffer.allocate(bytes + 40).position(40).slice());

    /**
     * The kernels pom runs this class a second time on a JDK 22+ where it finds one, expecting the weighted
     * windows and window moments to reach off-heap vectors directly there (so the test below checks those
     * paths); before JDK 22 they must stage.
     */
    @Test
    void offHeapVectorsAreLoadedDirectlyWhereExpected() {
        boolean direct = VectorizationProvider.segmentsAvailable();
        String expected = System.getProperty("sparkta.expect.segments");
        if (expected != null) {
            assertEquals(Boolean.parseBoolean(expected), direct, VectorizationProvider.reason());
        } else if (Runtime.version().feature() < 22) {
            assertFalse(direct, VectorizationProvider.reason());
        }
        if (VectorizationProvider.simdAvailable()) {
            assertEquals(direct ? "SegmentWeightedWindow" : "VectorWeightedWindow",
                    WeightedWindow.of(Vectorization.SIMD).getClass().getSimpleName());
            assertEquals(direct ? "SegmentWindowMoments" : "VectorWindowMoments",
                    WindowMoments.of(Vectorization.SIMD).getClass().getSimpleName());
        }
    }

    @Test
    void everyBufferKindGivesTheArrayResult() {
        forEachInPlaceIndicator(11, (ind, p, in, expected) -> {
            for (IntFunction<ByteBuffer> kind : KINDS) {
                ByteBuffer[] inputs = fill(in, kind);
                for (int i = 0; i < inputs.length; i++) { // read-only direct inputs are still read in place
                    if (inputs[i].isDirect()) {
                        inputs[i] = inputs[i].asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
                    }
                }
                ByteBuffer[] outputs = new ByteBuffer[expected.length];
                for (int o = 0; o < outputs.length; o++) {
                    outputs[o] = kind.apply(N * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
                }
                ind.computeInto(inputs, N, p, Vectorization.AUTO, outputs);
                for (int o = 0; o < outputs.length; o++) {
                    double[] got = new double[N];
                    outputs[o].asDoubleBuffer().get(0, got, 0, N);
                    assertArrayEquals(expected[o], got, ind.id() + " output " + o + " on " + outputs[o]);
                }
            }
        });
    }

    /**
     * Memory inside a heap byte array at an offset that is no multiple of 8, as Spark keeps an array's values
     * in a row, read in place into {@code double[]} outputs behind a header, as the SQL functions write them.
     */
    @Test
    void byteArrayMemoryGivesTheArrayResult() {
        int header = 3, skew = 4;
        forEachInPlaceIndicator(12, (ind, p, in, expected) -> {
            DoubleMemory[] inputs = new DoubleMemory[in.length];
            for (int i = 0; i < in.length; i++) {
                byte[] bytes = new byte[skew + N * Double.BYTES];
                ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()).position(skew).asDoubleBuffer().put(in[i]);
                inputs[i] = DoubleMemory.of(bytes, Unsafe.ARRAY_BYTE_BASE_OFFSET + skew, 0, N);
            }
            for (Vectorization k : List.of(Vectorization.SCALAR, Vectorization.AUTO)) {
                double[][] got = new double[expected.length][header + N];
                DoubleMemory[] outputs = new DoubleMemory[got.length];
                for (int o = 0; o < got.length; o++) {
                    outputs[o] = DoubleMemory.of(got[o], header, 0, N);
                }
                ind.computeInto(inputs, N, p, k, outputs);
                for (int o = 0; o < got.length; o++) {
                    assertArrayEquals(expected[o], Arrays.copyOfRange(got[o], header, header + N),
                            ind.id() + " output " + o + " " + k);
                }
            }
        });
    }

    /** One check of an in-place indicator at its defaults, given random inputs and the array kernel's outputs. */
    @FunctionalInterface
    private interface InPlaceCheck {
        void run(Indicator ind, double[] params, double[][] in, double[][] expected);
    }

    /** Runs the check for every indicator whose kernel runs in place at its defaults. */
    private static void forEachInPlaceIndicator(long seed, InPlaceCheck check) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int checked = 0;
        for (Indicator ind : Indicators.all()) {
            double[] p = ind.spec().defaults();
            if (!ind.computesInPlace(p)) {
                continue;
            }
            double[][] in = RandomSeries.inputsFor(ind.spec(), N, 3, rnd);
            check.run(ind, p, in, ind.compute(in, p, Vectorization.SCALAR));
            checked++;
        }
        assertTrue(checked >= 40, "expected the in-place indicators (alma, sma, ema, smma, atr, ...): " + checked);
    }

    @Test
    void memoryOutsideItsArrayOrInAnObjectIsRefused() {
        long bytes = Unsafe.ARRAY_BYTE_BASE_OFFSET;
        assertThrows(IndexOutOfBoundsException.class, () -> DoubleMemory.of(new byte[80], bytes + 1, 0, 10));
        assertThrows(IndexOutOfBoundsException.class, () -> DoubleMemory.of(new byte[80], bytes - 8, 0, 9));
        assertThrows(IllegalArgumentException.class, () -> DoubleMemory.of("not an array", 16, 0, 1));
        DoubleMemory last = DoubleMemory.of(new byte[81], bytes + 1, 0, 10);
        last.put(9, 2.5);
        assertEquals(2.5, last.get(9));
    }

    @Test
    void shortBuffersAreRefusedBeforeAnyAccess() {
        Indicator sma = Indicators.get("sma");
        ByteBuffer in = ByteBuffer.allocateDirect(N * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.allocateDirect((N - 1) * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        IndicatorException e = assertThrows(IndicatorException.class,
                () -> sma.computeInto(new ByteBuffer[] {in}, N, sma.spec().defaults(), Vectorization.AUTO,
                        new ByteBuffer[] {out}));
        assertEquals(ErrorKind.LENGTH_MISMATCH, e.kind());
        assertThrows(IndexOutOfBoundsException.class, () -> DoubleMemory.of(new double[10], 2, 0, 9));
        assertThrows(IndexOutOfBoundsException.class, () -> DoubleMemory.of(out, 0, 0, N));
    }

    private static ByteBuffer[] fill(double[][] arrays, IntFunction<ByteBuffer> kind) {
        ByteBuffer[] buffers = new ByteBuffer[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            buffers[i] = kind.apply(N * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            buffers[i].asDoubleBuffer().put(0, arrays[i]);
        }
        return buffers;
    }
}
