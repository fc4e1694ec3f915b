package io.sparkta.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowBuffer;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrupt Arrow IPC files and streams: patched length fields, an overwritten footer, a patched buffer offset,
 * truncation, and a few hundred seeded random corruptions. Each read gives a one-line error naming the file or
 * a well-formed result, within a time bound, allocating no more than the reading limit, leaking nothing (the
 * allocator's close checks).
 */
class CorruptArrowInputTest {
    private static final int HUGE = Integer.MAX_VALUE;
    /** The rows of {@link ArrowPricesTest#series} in long format. */
    private static final int ROWS = 828;
    @TempDir
    Path dir;

    private byte[] valid(String name) throws IOException {
        Path file = dir.resolve("valid-" + name);
        ArrowPrices.writeLong(ArrowPricesTest.series(), file);
        return Files.readAllBytes(file);
    }

    /** Reads the bytes as a file of that name: the error (one line, naming the file) or null after a good read. */
    private String read(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            BufferAllocator caller = new RootAllocator();
            try (VectorSchemaRoot root = ArrowIpc.readAll(file, caller)) {
                assertTrue(root.getRowCount() <= ROWS, name + ": " + root.getRowCount() + " rows");
                return null;
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage().startsWith(file + ": not a valid Arrow IPC "), e.getMessage());
                assertEquals(1, e.getMessage().lines().count(), e.getMessage());
                return e.getMessage();
            } finally {
                assertEquals(0, caller.getAllocatedMemory(), name + ": memory held after reading");
                assertTrue(caller.getPeakMemoryAllocation() <= 4L * bytes.length + (1 << 20),
                        name + ": peak " + caller.getPeakMemoryAllocation());
                caller.close(); // throws where a buffer leaked
            }
        }, name);
    }

    private String rejected(String name, byte[] bytes) throws IOException {
        String error = read(name, bytes);
        assertTrue(error != null, name + " was read as valid");
        return error;
    }

    private static List<Integer> occurrences(byte[] bytes, int from, int to, long value) {
        List<Integer> at = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = from; i + 8 <= to; i++) {
            if (b.getLong(i) == value) {
                at.add(i);
            }
        }
        return at;
    }

    private static byte[] withLong(byte[] bytes, int at, long value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putLong(at, value);
        return copy;
    }

    private static byte[] withInt(byte[] bytes, int at, int value) {
        byte[] copy = bytes.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
        return copy;
    }

    /** The record batch block of a valid file and its buffers' places in the body. */
    private ArrowBlock block(byte[] file) throws IOException {
        Path p = dir.resolve("probe.arrow");
        Files.write(p, file);
        try (BufferAllocator allocator = new RootAllocator(); FileChannel ch = FileChannel.open(p);
             ArrowFileReader reader = new ArrowFileReader(ch, allocator)) {
            return reader.getRecordBlocks().get(0);
        }
    }

    private List<ArrowBuffer> buffers(byte[] file, ArrowBlock block) throws IOException {
        Path p = dir.resolve("probe.arrow");
        Files.write(p, file);
        try (BufferAllocator allocator = new RootAllocator();
             FileChannel ch = FileChannel.open(p).position(block.getOffset());
             ArrowRecordBatch batch = MessageSerializer.deserializeRecordBatch(new ReadChannel(ch), block, allocator)) {
            return batch.getBuffersLayout();
        }
    }

    @Test
    void everyLengthFieldPatchedToTwoToThe31IsRejectedBeforeAllocation() throws IOException {
        for (String name : List.of("lengths.arrow", "lengths.arrows")) {
            byte[] good = valid(name);
            List<Integer> lengths = occurrences(good, 0, good.length, ROWS);
            assertTrue(lengths.size() >= 2, name + ": the batch's and its columns' lengths, found " + lengths);
            for (int at : lengths) {
                String error = rejected(name, withLong(good, at, HUGE));
                assertTrue(error.contains("2147483647"), error);
            }
        }
    }

    @Test
    void overwrittenFooterPatchedBufferOffsetAndTruncationAreRejected() throws IOException {
        byte[] good = valid("f.arrow");
        // the footer: from after the last block to the trailing length and magic
        ArrowBlock block = block(good);
        int footerStart = (int) (block.getOffset() + block.getMetadataLength() + block.getBodyLength());
        byte[] footer = good.clone();
        for (int i = footerStart; i < good.length - 10; i++) {
            footer[i] = (byte) 0x7F;
        }
        rejected("footer.arrow", footer);
        rejected("footer-length.arrow", withInt(good, good.length - 10, HUGE));
        // the last buffer's offset in the batch's metadata, moved past the body
        ArrowBuffer last = buffers(good, block).get(buffers(good, block).size() - 1);
        int metaFrom = (int) block.getOffset(), metaTo = metaFrom + block.getMetadataLength();
        List<Integer> offsetAt = occurrences(good, metaFrom, metaTo, last.getOffset());
        assertTrue(!offsetAt.isEmpty(), "buffer offset " + last.getOffset() + " in the metadata");
        for (int at : offsetAt) {
            if (ByteBuffer.wrap(good).order(ByteOrder.LITTLE_ENDIAN).getLong(at + 8) == last.getSize()) {
                rejected("offset.arrow", withLong(good, at, block.getBodyLength() + 64));
                rejected("offset-huge.arrow", withLong(good, at, 1L << 40));
            }
        }
        for (int cut : new int[] {0, 7, good.length / 3, good.length / 2, good.length - 1}) {
            rejected("cut.arrow", java.util.Arrays.copyOf(good, cut));
        }
        // the stream format: a huge first message length, a cut body
        byte[] stream = valid("s.arrows");
        String error = rejected("meta.arrows", withInt(stream, 4, HUGE));
        assertTrue(error.contains("runs past the end of the file"), error);
        rejected("cut.arrows", java.util.Arrays.copyOf(stream, stream.length / 2));
        rejected("cut-tail.arrows", java.util.Arrays.copyOf(stream, stream.length - 9));
    }

    @Test
    void validFilesStillRead() throws IOException {
        for (String name : List.of("ok.arrow", "ok.arrows")) {
            assertEquals(null, read(name, valid(name)));
            assertEquals(ArrowPricesTest.series().keySet(), ArrowPrices.read(dir.resolve(name)).keySet());
        }
    }

    /** Seeded random corruptions: truncations, flipped bytes, huge 32- and 64-bit values at aligned places. */
    @Test
    void randomCorruptionsGiveOneLineErrorsOrAResult() throws IOException {
        Random random = new Random(20261206);
        int errors = 0;
        int cases = 0;
        for (String name : List.of("fuzz.arrow", "fuzz.arrows")) {
            byte[] good = valid(name);
            for (int i = 0; i < 150; i++, cases++) {
                byte[] bad = corrupt(good, random);
                if (read(name, bad) != null) {
                    errors++;
                }
            }
        }
        assertTrue(errors > cases / 3, errors + " of " + cases + " corruptions rejected");
    }

    static byte[] corrupt(byte[] good, Random random) {
        byte[] bad = good.clone();
        switch (random.nextInt(4)) {
            case 0 -> bad = java.util.Arrays.copyOf(good, random.nextInt(good.length));
            case 1 -> {
                for (int k = 1 + random.nextInt(8); k > 0; k--) {
                    bad[random.nextInt(bad.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 2 -> bad = withInt(good, random.nextInt(good.length / 4) * 4,
                    random.nextBoolean() ? HUGE : 1 << (20 + random.nextInt(11)));
            default -> bad = withLong(good, random.nextInt(good.length / 8) * 8,
                    random.nextBoolean() ? Long.MAX_VALUE : 1L << (20 + random.nextInt(40)));
        }
        return bad;
    }
}
