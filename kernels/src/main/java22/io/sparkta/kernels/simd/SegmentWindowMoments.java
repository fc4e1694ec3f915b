package io.sparkta.kernels.simd;

import io.sparkta.kernels.memory.DoubleMemory;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import jdk.incubator.vector.DoubleVector;

/**
 * {@link VectorWindowMoments} that, on JDK 22 and later, stores the block finish's vectors (means, deviations,
 * Bollinger bands) straight into off-heap outputs through their memory segments, instead of through L1
 * arrays and a copy each. Compiled only where the build finds a JDK 22+ compiler; chosen at run time.
 */
public final class SegmentWindowMoments extends VectorWindowMoments {
    @Override
    protected BlockOutput output(DoubleMemory memory, int n) {
        return memory.buffer() == null ? super.output(memory, n) : new SegmentOutput(memory);
    }

    private static final class SegmentOutput extends BlockOutput {
        private static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED
                .withOrder(ByteOrder.LITTLE_ENDIAN);
        private final MemorySegment segment;
        /** Byte offset of index 0, then of the current block's first window. */
        private final long origin;
        private long at;

        SegmentOutput(DoubleMemory memory) {
            this.segment = MemorySegment.ofBuffer(memory.buffer());
            this.origin = 8L * memory.bufferIndex(0);
        }

        @Override
        void begin(int start) {
            at = origin + 8L * start;
        }

        @Override
        void store(DoubleVector v, int k) {
            v.intoMemorySegment(segment, at + 8L * k, ByteOrder.LITTLE_ENDIAN);
        }

        @Override
        void put(int k, double v) {
            segment.set(DOUBLE, at + 8L * k, v);
        }

        @Override
        void end(int count) {
        }
    }
}
