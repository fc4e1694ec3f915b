package io.sparkta.arrow;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.apache.arrow.vector.ipc.ArrowWriter;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.util.ValueVectorUtility;
import org.apache.arrow.vector.util.TransferPair;
import org.apache.arrow.vector.util.VectorSchemaRootAppender;

/**
 * Arrow IPC files and streams, told apart by the file extension: {@code .arrow}, {@code .feather} (Feather
 * version 2 is the IPC file format) and {@code .ipc} are files; {@code .arrows} is a stream.
 */
public enum ArrowIpc {
    FILE, STREAM;

    /** The IPC format a path's extension names, or null when it names none. */
    public static ArrowIpc forPath(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".arrows")) {
            return STREAM;
        }
        return p.endsWith(".arrow") || p.endsWith(".feather") || p.endsWith(".ipc") ? FILE : null;
    }

    /** Whether the path's extension names an Arrow IPC file or stream. */
    public static boolean isArrow(String path) {
        return forPath(path) != null;
    }

    private static ArrowIpc require(Path path) {
        ArrowIpc format = forPath(path.toString());
        if (format == null) {
            throw new IllegalArgumentException(path + ": not an Arrow file name (.arrow, .arrows, .feather or .ipc)");
        }
        return format;
    }

    /**
     * Opens a reader over the file, in the format its extension names; the caller closes it. The input is
     * checked as {@link #open(SeekableByteChannel, ArrowIpc, BufferAllocator)} does.
     */
    public static ArrowReader open(Path path, BufferAllocator allocator) throws IOException {
        ArrowIpc format = require(path);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return open(channel, format, allocator);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Opens a reader of IPC input in this format over a channel, which the reader closes. Before Arrow reads
     * anything, every message (a stream's) or footer block (a file's) is checked against the channel's size and
     * every buffer against its message's body; every record batch is checked against the schema before it is
     * loaded ({@link IpcChecks}). Corrupt lengths fail with an {@link IllegalArgumentException}; bound the
     * allocator too ({@link #readingLimit}), for what no length check can see.
     */
    public static ArrowReader open(SeekableByteChannel channel, ArrowIpc format, BufferAllocator allocator)
            throws IOException {
        long size = channel.size();
        if (format == STREAM) {
            IpcChecks.checkStream(channel, size);
            channel.position(0);
            return new CheckedStreamReader(channel, allocator);
        }
        CheckedFileReader reader = new CheckedFileReader(channel, allocator);
        try {
            IpcChecks.checkBlocks(channel, reader.getDictionaryBlocks(), size);
            IpcChecks.checkBlocks(channel, reader.getRecordBlocks(), size);
            return reader;
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Opens a writer of {@code root}'s batches in this format; every {@code writeBatch} writes the root's rows. */
    public ArrowWriter writer(VectorSchemaRoot root, OutputStream out) {
        return this == FILE ? new ArrowFileWriter(root, null, Channels.newChannel(out))
                : new ArrowStreamWriter(root, null, Channels.newChannel(out));
    }

    private static final class CheckedFileReader extends ArrowFileReader {
        CheckedFileReader(SeekableByteChannel channel, BufferAllocator allocator) {
            super(channel, allocator);
        }

        @Override
        protected void loadRecordBatch(ArrowRecordBatch batch) {
            checkBatch(this, batch);
            super.loadRecordBatch(batch);
        }
    }

    private static final class CheckedStreamReader extends ArrowStreamReader {
        CheckedStreamReader(SeekableByteChannel channel, BufferAllocator allocator) {
            super(Channels.newInputStream(channel), allocator);
        }

        @Override
        protected void loadRecordBatch(ArrowRecordBatch batch) {
            checkBatch(this, batch);
            super.loadRecordBatch(batch);
        }
    }

    /** {@link IpcChecks#checkBatch} against the reader's schema; a refused batch is closed (loading closes others). */
    private static void checkBatch(ArrowReader reader, ArrowRecordBatch batch) {
        try {
            IpcChecks.checkBatch(reader.getVectorSchemaRoot().getSchema(), batch);
        } catch (IOException | RuntimeException e) {
            batch.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * Reads every record batch of the file into one root that the caller owns and closes. The first batch is
     * transferred without a copy; later batches are appended (copied) so that each column is contiguous.
     *
     * <p>Corrupt input (lengths past the end of the file, buffers too small for the rows a batch declares, a
     * truncated file) fails with one line naming the file, before anything is allocated from the bad length:
     * lengths are checked against the file size and the schema, and the reading allocator is limited to a
     * small multiple of the file size. Nothing stays allocated after a failure.
     */
    public static VectorSchemaRoot readAll(Path path, BufferAllocator allocator) throws IOException {
        ArrowIpc format = require(path);
        long size = Files.size(path);
        try (BufferAllocator reading = allocator.newChildAllocator("reading " + path, 0, readingLimit(size))) {
            try (VectorSchemaRoot all = readAllChecked(path, reading)) {
                return transfer(all, allocator);
            }
        } catch (RuntimeException | IOException e) {
            throw format.invalidInput(path.toString(), e);
        }
    }

    /** The one-line error of corrupt input in this format: the file, what it should be, and what is wrong. */
    public IllegalArgumentException invalidInput(String file, Throwable cause) {
        return new IllegalArgumentException(file + ": not a valid Arrow IPC " + (this == FILE ? "file" : "stream")
                + ": " + oneLine(cause), cause);
    }

    /**
     * The most memory reading a file of this size may take: the batches' bodies (at most the file), their
     * copies into contiguous columns as they grow, and validity buffers for columns that have none.
     */
    public static long readingLimit(long fileSize) {
        return 4 * fileSize + (1 << 20);
    }

    private static VectorSchemaRoot readAllChecked(Path path, BufferAllocator allocator) throws IOException {
        try (ArrowReader reader = open(path, allocator)) {
            VectorSchemaRoot batch = reader.getVectorSchemaRoot();
            if (!reader.loadNextBatch()) {
                return VectorSchemaRoot.create(batch.getSchema(), allocator);
            }
            VectorSchemaRoot all = transfer(batch, allocator);
            try {
                ValueVectorUtility.validateFull(all);
                while (reader.loadNextBatch()) {
                    ValueVectorUtility.validateFull(reader.getVectorSchemaRoot());
                    VectorSchemaRootAppender.append(all, reader.getVectorSchemaRoot());
                }
                return all;
            } catch (RuntimeException | IOException e) {
                all.close();
                throw e;
            }
        }
    }

    /** A root of the same columns whose buffers the allocator owns, moved without a copy. */
    private static VectorSchemaRoot transfer(VectorSchemaRoot from, BufferAllocator allocator) {
        List<FieldVector> owned = new ArrayList<>();
        for (FieldVector v : from.getFieldVectors()) {
            TransferPair move = v.getTransferPair(allocator);
            move.transfer();
            owned.add((FieldVector) move.getTo());
        }
        return new VectorSchemaRoot(from.getSchema(), owned, from.getRowCount());
    }

    /** An exception's message on one line, with its class where it has none. */
    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
    }

    /** Writes the root as one record batch to the path, in the format its extension names. */
    public static void write(VectorSchemaRoot root, Path path) throws IOException {
        ArrowIpc format = require(path);
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(path); ArrowWriter writer = format.writer(root, out)) {
            writer.start();
            writer.writeBatch();
            writer.end();
        }
    }
}
