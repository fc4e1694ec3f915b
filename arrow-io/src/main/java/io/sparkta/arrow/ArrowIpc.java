package io.sparkta.arrow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
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

    /** Opens a reader over the file, in the format its extension names; the caller closes it. */
    public static ArrowReader open(Path path, BufferAllocator allocator) throws IOException {
        ArrowIpc format = require(path);
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        return format == FILE ? new ArrowFileReader(channel, allocator)
                : new ArrowStreamReader(Channels.newInputStream(channel), allocator);
    }

    /** Opens a writer of {@code root}'s batches in this format; every {@code writeBatch} writes the root's rows. */
    public ArrowWriter writer(VectorSchemaRoot root, OutputStream out) {
        return this == FILE ? new ArrowFileWriter(root, null, Channels.newChannel(out))
                : new ArrowStreamWriter(root, null, Channels.newChannel(out));
    }

    /**
     * Reads every record batch of the file into one root that the caller owns and closes. The first batch is
     * transferred without a copy; later batches are appended (copied) so that each column is contiguous.
     */
    public static VectorSchemaRoot readAll(Path path, BufferAllocator allocator) throws IOException {
        try (ArrowReader reader = open(path, allocator)) {
            VectorSchemaRoot batch = reader.getVectorSchemaRoot();
            if (!reader.loadNextBatch()) {
                return VectorSchemaRoot.create(batch.getSchema(), allocator);
            }
            List<FieldVector> owned = new ArrayList<>();
            for (FieldVector v : batch.getFieldVectors()) {
                TransferPair move = v.getTransferPair(allocator);
                move.transfer();
                owned.add((FieldVector) move.getTo());
            }
            VectorSchemaRoot all = new VectorSchemaRoot(batch.getSchema(), owned, batch.getRowCount());
            while (reader.loadNextBatch()) {
                VectorSchemaRootAppender.append(all, reader.getVectorSchemaRoot());
            }
            return all;
        }
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
