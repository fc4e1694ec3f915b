package io.sparkta.kernels;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Direct little-endian buffers of doubles, laid out as Arrow's Float8 data buffers. */
final class OffHeap {
    private OffHeap() {
    }

    static ByteBuffer[] of(double[][] arrays) {
        ByteBuffer[] buffers = allocate(arrays.length, arrays.length == 0 ? 0 : arrays[0].length);
        for (int i = 0; i < arrays.length; i++) {
            buffers[i].asDoubleBuffer().put(arrays[i]);
        }
        return buffers;
    }

    /** Buffers filled with a marker value, so that a position the kernel forgets to write shows. */
    static ByteBuffer[] allocate(int count, int doubles) {
        ByteBuffer[] buffers = new ByteBuffer[count];
        for (int i = 0; i < count; i++) {
            buffers[i] = ByteBuffer.allocateDirect(doubles * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (int t = 0; t < doubles; t++) {
                buffers[i].putDouble(t * Double.BYTES, -12345.678);
            }
        }
        return buffers;
    }

    static double[] read(ByteBuffer buffer, int index, int count) {
        double[] values = new double[count];
        buffer.order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer().get(index, values, 0, count);
        return values;
    }
}
