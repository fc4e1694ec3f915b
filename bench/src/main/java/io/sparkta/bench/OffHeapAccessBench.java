package io.sparkta.bench;

import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import sun.misc.Unsafe;

/**
 * What reaching off-heap memory costs a kernel on JDK 17, apart from Arrow: the two simplest recursions of
 * {@code ArrowBench}, a running-sum SMA(9) and SMMA(7), over 1,000,000 points, written three ways with the
 * same arithmetic:
 * <ul>
 *   <li>{@code arrays}: heap {@code double[]} in and out (the raw kernel's case);</li>
 *   <li>{@code rawPointers}: direct buffers read and written through {@link Unsafe} at raw addresses, the
 *       cheapest access Java 17 has (no bounds checks, no copy);</li>
 *   <li>{@code l1Blocks}: direct buffers copied through two L1-sized arrays, {@code block} values at a time,
 *       the kernel running on the arrays (what a resumable kernel would do).</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class OffHeapAccessBench {
    private static final Unsafe UNSAFE = unsafe();
    private static final long HEAP = Unsafe.ARRAY_DOUBLE_BASE_OFFSET;
    private static final int SMA = 9, SMMA = 7, BLOCK = 1024;

    @Param({"sma", "smma"})
    public String kernel;

    private double[] in, out, blockIn, blockOut;
    private DoubleBuffer directIn, directOut;
    private long inAddress, outAddress;

    @Setup
    public void setup() throws ReflectiveOperationException {
        in = BenchData.candles(BenchData.POINTS).close();
        out = new double[in.length];
        directIn = ByteBuffer.allocateDirect(in.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        directOut = ByteBuffer.allocateDirect(in.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        directIn.put(0, in);
        long address = UNSAFE.objectFieldOffset(Buffer.class.getDeclaredField("address"));
        inAddress = UNSAFE.getLong(directIn, address);
        outAddress = UNSAFE.getLong(directOut, address);
        blockIn = new double[SMA + BLOCK];
        blockOut = new double[SMA + BLOCK];
    }

    private static Unsafe unsafe() {
        try {
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Outputs [from, to) of a running-sum SMA over base + 8 i; returns the sum carried on. */
    private static double sma(double sum, Object inBase, long inOffset, Object outBase, long outOffset, int from,
                              int to) {
        for (int t = from; t < to; t++) {
            sum += UNSAFE.getDouble(inBase, inOffset + 8L * t);
            sum -= UNSAFE.getDouble(inBase, inOffset + 8L * (t - SMA));
            UNSAFE.putDouble(outBase, outOffset + 8L * t, sum / SMA);
        }
        return sum;
    }

    /** Outputs [from, to) of SMMA's recursion; returns the value carried on. */
    private static double smma(double s, Object inBase, long inOffset, Object outBase, long outOffset, int from,
                               int to) {
        for (int t = from; t < to; t++) {
            s = (s * (SMMA - 1) + UNSAFE.getDouble(inBase, inOffset + 8L * t)) / SMMA;
            UNSAFE.putDouble(outBase, outOffset + 8L * t, s);
        }
        return s;
    }

    private double run(Object inBase, long inOffset, Object outBase, long outOffset) {
        return kernel.equals("sma") ? sma(0.0, inBase, inOffset, outBase, outOffset, SMA, in.length)
                : smma(in[0], inBase, inOffset, outBase, outOffset, 1, in.length);
    }

    @Benchmark
    public double arrays() {
        return run(in, HEAP, out, HEAP);
    }

    @Benchmark
    public double rawPointers() {
        return run(null, inAddress, null, outAddress);
    }

    /** Each block's inputs, with the SMA's window of earlier values before them, staged through L1 arrays. */
    @Benchmark
    public double l1Blocks() {
        boolean isSma = kernel.equals("sma");
        int start = isSma ? SMA : 1, history = isSma ? SMA : 0;
        double carried = isSma ? 0.0 : in[0];
        for (int at = start; at < in.length; at += BLOCK) {
            int count = Math.min(BLOCK, in.length - at);
            directIn.get(at - history, blockIn, 0, count + history);
            carried = isSma ? sma(carried, blockIn, HEAP, blockOut, HEAP, history, history + count)
                    : smma(carried, blockIn, HEAP, blockOut, HEAP, 0, count);
            directOut.put(at, blockOut, history, count);
        }
        return carried;
    }
}
