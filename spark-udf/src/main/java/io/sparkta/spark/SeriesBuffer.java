package io.sparkta.spark;

import java.util.Arrays;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.unsafe.Platform;

/**
 * The rows of one series inside a partition, held compactly: times and input values in primitive arrays,
 * the original rows as UnsafeRow bytes appended to one byte arena (no object per row).
 */
final class SeriesBuffer {
    long[] time = new long[64];
    double[][] inputs;
    private byte[] arena = new byte[4096];
    private long[] slots = new long[64]; // (arena offset << 32) | size in bytes
    private int arenaUsed;
    int count;

    SeriesBuffer(int inputCount) {
        inputs = new double[inputCount][64];
    }

    void add(UnsafeRow row, long t, double[] values) {
        if (count == time.length) {
            int cap = count * 2;
            time = Arrays.copyOf(time, cap);
            slots = Arrays.copyOf(slots, cap);
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = Arrays.copyOf(inputs[i], cap);
            }
        }
        int size = row.getSizeInBytes();
        if (arenaUsed + size > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + size));
        }
        row.writeToMemory(arena, Platform.BYTE_ARRAY_OFFSET + arenaUsed);
        slots[count] = ((long) arenaUsed << 32) | (size & 0xffffffffL);
        arenaUsed += size;
        time[count] = t;
        for (int i = 0; i < values.length; i++) {
            inputs[i][count] = values[i];
        }
        count++;
    }

    /** Points {@code row} at the stored bytes of row i. */
    void pointTo(UnsafeRow row, int i) {
        long slot = slots[i];
        row.pointTo(arena, Platform.BYTE_ARRAY_OFFSET + (int) (slot >>> 32), (int) slot);
    }
}
