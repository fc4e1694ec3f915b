package io.sparkta.kernels.memory;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import sun.misc.Unsafe;

/**
 * A series of doubles a kernel reads or writes by index: in a {@code double[]}, or at raw memory (a direct
 * buffer such as an Arrow data buffer, or the bytes of a Spark {@code UnsafeArrayData}, on the heap or off it),
 * so that one kernel serves arrays, Arrow and Spark's arrays in place. Index {@code t} is the kernel's own time
 * index; where it lands in the array or memory is fixed when the memory is made.
 *
 * <p>There are exactly two implementations, so every call site is at most bimorphic and the JIT inlines
 * {@link #get} and {@link #put} into the kernels' loops: a {@code double[]} memory is an array access, any
 * other one {@link Unsafe} load or store at a base object (null off the heap) and an offset (Java 17 has no
 * cheaper safe view of such memory: a {@code ByteBuffer} checks every access and keeps loops from being
 * optimised, and {@code MemorySegment} is still an incubator there). The factories check that the indices a
 * kernel may touch lie inside the array or buffer; the accessors of the raw form check nothing.
 */
public abstract sealed class DoubleMemory permits DoubleMemory.OnHeap, DoubleMemory.Raw {
    private DoubleMemory() {
    }

    public abstract double get(int t);

    public abstract void put(int t, double value);

    /** Copies indices [t, t + count) into {@code to} from {@code at}. */
    public abstract void copyTo(int t, double[] to, int at, int count);

    /** Copies {@code count} values of {@code from}, from its index 0, to indices [t, t + count). */
    public abstract void copyFrom(double[] from, int t, int count);

    /**
     * The array behind a {@code double[]} memory, or null for raw memory: for SIMD kernels, which on JDK 17 can
     * only load and store vectors at double arrays, so that they use such a memory directly and stage only raw
     * data.
     */
    public abstract double[] array();

    /** Where index t lies in {@link #array()}. */
    public abstract int arrayIndex(int t);

    /**
     * The direct buffer behind a memory made from one, positioned at 0 with its whole capacity as limit, or
     * null for the others: for SIMD kernels that load vectors from off-heap memory directly, which JDK 22's
     * {@code MemorySegment} allows.
     */
    public abstract ByteBuffer buffer();

    /** Where index t lies in {@link #buffer()}, in doubles. */
    public abstract int bufferIndex(int t);

    /**
     * The byte array a raw memory lies in (a Spark {@code UnsafeArrayData}'s row), or null for the others: for
     * SIMD kernels that load vectors from it directly, which JDK 22's heap {@code MemorySegment} allows.
     */
    public abstract byte[] bytes();

    /** Where index t lies in {@link #bytes()}, in bytes (not necessarily a multiple of 8). */
    public abstract long bytesIndex(int t);

    /** Indices [from, to) are {@code array[shift + t]}, checked against the array's length. */
    public static DoubleMemory of(double[] array, int shift, int from, int to) {
        check(shift, from, to, array.length);
        return new OnHeap(array, shift);
    }

    /**
     * Indices [from, to) are the little-endian doubles at byte {@code 8 (shift + t)} of a direct buffer (from
     * its start, whatever its position), checked against its capacity. See {@link #addresses}. Kernels
     * read it at its raw address, which the JIT does not count as a reference to the buffer: the caller keeps
     * the buffer reachable while they run ({@link java.lang.ref.Reference#reachabilityFence}), or a JDK
     * buffer's memory may be freed under them.
     */
    public static DoubleMemory of(ByteBuffer buffer, int shift, int from, int to) {
        if (!addresses(buffer)) {
            throw new IllegalArgumentException("not a direct buffer on a little-endian machine: " + buffer);
        }
        check(shift, from, to, buffer.capacity() / Double.BYTES);
        return new Raw(buffer.duplicate().clear(), shift);
    }

    /**
     * Indices [from, to) are the doubles, in the machine's byte order, at {@code offset + 8 t} of {@code base}
     * as {@link Unsafe} addresses them (Spark's {@code UnsafeArrayData} keeps its values so): a primitive array,
     * whose length is checked (the offset includes the array's base offset, and need not be a multiple of 8),
     * or null, the offset then being a raw address that nothing can check, which the caller vouches for and
     * keeps allocated while kernels run.
     */
    public static DoubleMemory of(Object base, long offset, int from, int to) {
        if (base != null) {
            Class<?> type = base.getClass();
            if (!type.isArray() || !type.getComponentType().isPrimitive()) {
                throw new IllegalArgumentException("memory base must be a primitive array or null, got " + type);
            }
            long start = Raw.UNSAFE.arrayBaseOffset(type);
            long end = start + (long) Raw.UNSAFE.arrayIndexScale(type) * Array.getLength(base);
            if (from < to && (offset + 8L * from < start || offset + 8L * to > end)) {
                throw new IndexOutOfBoundsException("doubles [" + from + ", " + to + ") at byte offset " + offset
                        + " lie outside the " + (end - start) + " bytes of the " + type.getSimpleName());
            }
        }
        return new Raw(base, offset);
    }

    /**
     * Whether {@link #of(ByteBuffer, int, int, int)} takes the buffer: a direct one, on a little-endian machine
     * (raw loads read the machine's order; Arrow's doubles are little-endian). Heap buffers are left to a copy.
     * Writing does not look at {@link ByteBuffer#isReadOnly()}: callers that write check it.
     */
    public static boolean addresses(ByteBuffer buffer) {
        return buffer.isDirect() && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    }

    private static void check(int shift, int from, int to, int length) {
        if (from < to) {
            Objects.checkFromToIndex(shift + from, shift + to, length);
        }
    }

    static final class OnHeap extends DoubleMemory {
        private final double[] array;
        private final int shift;

        private OnHeap(double[] array, int shift) {
            this.array = array;
            this.shift = shift;
        }

        @Override
        public double[] array() {
            return array;
        }

        @Override
        public int arrayIndex(int t) {
            return shift + t;
        }

        @Override
        public double get(int t) {
            return array[shift + t];
        }

        @Override
        public void put(int t, double value) {
            array[shift + t] = value;
        }

        @Override
        public ByteBuffer buffer() {
            return null;
        }

        @Override
        public int bufferIndex(int t) {
            throw new UnsupportedOperationException("heap memory has no direct buffer");
        }

        @Override
        public byte[] bytes() {
            return null;
        }

        @Override
        public long bytesIndex(int t) {
            throw new UnsupportedOperationException("a double[] memory has no byte array");
        }

        @Override
        public void copyTo(int t, double[] to, int at, int count) {
            System.arraycopy(array, shift + t, to, at, count);
        }

        @Override
        public void copyFrom(double[] from, int t, int count) {
            System.arraycopy(from, 0, array, shift + t, count);
        }
    }

    static final class Raw extends DoubleMemory {
        private static final Unsafe UNSAFE = unsafe();
        private static final long ADDRESS = addressField();
        private static final long ARRAY = Unsafe.ARRAY_DOUBLE_BASE_OFFSET;

        /** The object the memory lies in, or null for a raw address. */
        private final Object base;
        /** Where index 0 lies in {@link #base} (an address when it is null). */
        private final long offset;
        /** The direct buffer it was made from, or null. */
        private final ByteBuffer buffer;
        private final int shift;

        private Raw(ByteBuffer buffer, int shift) {
            this.base = null;
            this.offset = UNSAFE.getLong(buffer, ADDRESS) + 8L * shift;
            this.buffer = buffer;
            this.shift = shift;
        }

        private Raw(Object base, long offset) {
            this.base = base;
            this.offset = offset;
            this.buffer = null;
            this.shift = 0;
        }

        @Override
        public double[] array() {
            return null;
        }

        @Override
        public int arrayIndex(int t) {
            throw new UnsupportedOperationException("raw memory has no double array");
        }

        @Override
        public ByteBuffer buffer() {
            return buffer;
        }

        @Override
        public int bufferIndex(int t) {
            if (buffer == null) {
                throw new UnsupportedOperationException("memory made without a direct buffer has none");
            }
            return shift + t;
        }

        @Override
        public byte[] bytes() {
            return base instanceof byte[] b ? b : null;
        }

        @Override
        public long bytesIndex(int t) {
            if (bytes() == null) {
                throw new UnsupportedOperationException("memory that is not in a byte array has no byte index");
            }
            return offset - Unsafe.ARRAY_BYTE_BASE_OFFSET + 8L * t;
        }

        @Override
        public double get(int t) {
            return UNSAFE.getDouble(base, offset + 8L * t);
        }

        @Override
        public void put(int t, double value) {
            UNSAFE.putDouble(base, offset + 8L * t, value);
        }

        @Override
        public void copyTo(int t, double[] to, int at, int count) {
            Objects.checkFromIndexSize(at, count, to.length);
            UNSAFE.copyMemory(base, offset + 8L * t, to, ARRAY + 8L * at, 8L * count);
        }

        @Override
        public void copyFrom(double[] from, int t, int count) {
            Objects.checkFromIndexSize(0, count, from.length);
            UNSAFE.copyMemory(from, ARRAY, base, offset + 8L * t, 8L * count);
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

        private static long addressField() {
            try {
                return UNSAFE.objectFieldOffset(Buffer.class.getDeclaredField("address"));
            } catch (NoSuchFieldException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }
}
