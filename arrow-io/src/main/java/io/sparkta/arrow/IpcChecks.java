package io.sparkta.arrow;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.util.Iterator;
import java.util.List;
import org.apache.arrow.flatbuf.Buffer;
import org.apache.arrow.flatbuf.DictionaryBatch;
import org.apache.arrow.flatbuf.Message;
import org.apache.arrow.flatbuf.MessageHeader;
import org.apache.arrow.flatbuf.RecordBatch;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.BufferLayout;
import org.apache.arrow.vector.TypeLayout;
import org.apache.arrow.vector.compression.CompressionUtil;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Checks of IPC input against the file size and the schema, made before Arrow allocates anything from the
 * lengths the input declares: a corrupt length (a row count of 2^31-1, a message longer than the file) must be
 * an error, not an allocation of gigabytes. Each failure is an {@link IllegalArgumentException} with a
 * one-line detail; {@link ArrowIpc#readAll} names the file.
 */
final class IpcChecks {
    private static final int CONTINUATION = 0xFFFFFFFF;

    private IpcChecks() {
    }

    /**
     * Walks the messages of a stream (each a length, its metadata and its body) without reading the bodies:
     * every declared length must fit in what is left of the file, every buffer in its message's body.
     */
    static void checkStream(SeekableByteChannel channel, long size) throws IOException {
        long at = 0;
        while (at < size) {
            MessageAt next = readMessage(channel, at, size);
            if (next == null) {
                return; // end-of-stream marker
            }
            Message message = next.message();
            at = next.bodyStart();
            requireWithin("message body", message.bodyLength(), at, size);
            checkBuffers(message, message.bodyLength());
            at += message.bodyLength();
        }
    }

    /**
     * The record and dictionary blocks a file's footer lists must lie within the file, and each buffer of a
     * block's message within the block's body.
     */
    static void checkBlocks(SeekableByteChannel channel, List<ArrowBlock> blocks, long size) throws IOException {
        for (ArrowBlock b : blocks) {
            requireWithin("block", b.getOffset(), 0, size);
            requireWithin("block metadata", b.getMetadataLength(), b.getOffset(), size);
            requireWithin("block body", b.getBodyLength(), b.getOffset() + b.getMetadataLength(), size);
            MessageAt m = readMessage(channel, b.getOffset(), b.getOffset() + b.getMetadataLength());
            Message message = m == null ? null : m.message();
            if (message == null || message.bodyLength() > b.getBodyLength()) {
                throw new IllegalArgumentException("block at byte " + b.getOffset() + " does not hold the message "
                        + "its footer entry describes");
            }
            checkBuffers(message, b.getBodyLength());
        }
    }

    /** A message's metadata and the position of its body in the file. */
    private record MessageAt(Message message, long bodyStart) {
    }

    /**
     * The message whose length prefix is at {@code at}, or null at an end-of-stream marker; {@code end} bounds
     * the metadata's length.
     */
    private static MessageAt readMessage(SeekableByteChannel channel, long at, long end) throws IOException {
        ByteBuffer word = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        long position = at;
        int length = readInt(channel, position, word);
        position += 4;
        if (length == CONTINUATION) {
            length = readInt(channel, position, word);
            position += 4;
        }
        if (length == 0) {
            return null;
        }
        requireWithin("message metadata", length, position, end);
        ByteBuffer metadata = ByteBuffer.allocate(length);
        readFully(channel, position, metadata);
        return new MessageAt(Message.getRootAsMessage(metadata.flip()), position + length);
    }

    /** Every buffer of a record or dictionary batch message must lie within its body. */
    private static void checkBuffers(Message message, long bodyLength) {
        RecordBatch batch = switch (message.headerType()) {
            case MessageHeader.RecordBatch -> (RecordBatch) message.header(new RecordBatch());
            case MessageHeader.DictionaryBatch -> ((DictionaryBatch) message.header(new DictionaryBatch())).data();
            default -> null;
        };
        if (batch == null) {
            return;
        }
        for (int i = 0; i < batch.buffersLength(); i++) {
            Buffer b = batch.buffers(i);
            if (b.offset() < 0 || b.length() < 0 || b.offset() > bodyLength - b.length()) {
                throw new IllegalArgumentException("buffer " + i + " (offset " + b.offset() + ", length " + b.length()
                        + ") lies outside its message body of " + bodyLength + " bytes");
            }
        }
    }

    /**
     * A record batch against the schema, before it is loaded into vectors: one node per field and the buffers
     * its type has, each buffer large enough for the node's declared length (loading would otherwise grow the
     * vectors to that length).
     */
    static void checkBatch(Schema schema, ArrowRecordBatch batch) {
        if (batch.getBodyCompression().getCodec() != CompressionUtil.CodecType.NO_COMPRESSION.getType()) {
            throw new IllegalArgumentException("compressed record batches are not supported");
        }
        if (batch.getLength() < 0) {
            throw new IllegalArgumentException("record batch length " + batch.getLength() + " is negative");
        }
        Iterator<ArrowFieldNode> nodes = batch.getNodes().iterator();
        Iterator<ArrowBuf> buffers = batch.getBuffers().iterator();
        for (Field field : schema.getFields()) {
            if (!checkField(field, nodes, buffers, batch.getLength(), true)) {
                return; // a type with a variable number of buffers: Arrow's own checks and the allocator's limit
            }
        }
        if (nodes.hasNext() || buffers.hasNext()) {
            throw new IllegalArgumentException("record batch has more nodes or buffers than the schema's fields");
        }
    }

    /**
     * Checks one field and its children; false where the layout has no fixed buffer count (not checked). A
     * column's length is the batch's; a child may hold more values than its parent (a list's elements), bounded
     * by its own buffers.
     */
    private static boolean checkField(Field field, Iterator<ArrowFieldNode> nodes, Iterator<ArrowBuf> buffers,
            int batchLength, boolean column) {
        TypeLayout layout = TypeLayout.getTypeLayout(field.getType());
        if (!layout.isFixedBufferCount()) {
            return false;
        }
        if (!nodes.hasNext()) {
            throw new IllegalArgumentException("record batch has no node for field '" + field.getName() + "'");
        }
        ArrowFieldNode node = nodes.next();
        long length = node.getLength();
        if (column ? length != batchLength : length < 0) {
            throw new IllegalArgumentException("field '" + field.getName() + "' declares " + length + " values in a "
                    + "record batch of " + batchLength + " rows");
        }
        if (node.getNullCount() < 0 || node.getNullCount() > length) {
            throw new IllegalArgumentException("field '" + field.getName() + "' declares " + node.getNullCount()
                    + " nulls among " + length + " values");
        }
        boolean hasOffsets = layout.getBufferTypes().contains(BufferLayout.BufferType.OFFSET);
        for (BufferLayout buffer : layout.getBufferLayouts()) {
            if (!buffers.hasNext()) {
                throw new IllegalArgumentException("record batch lacks buffers of field '" + field.getName() + "'");
            }
            long size = buffers.next().capacity();
            long needed = switch (buffer.getType()) {
                case VALIDITY -> size == 0 && node.getNullCount() == 0 ? 0 : bytes(length, 1);
                case OFFSET -> length == 0 ? 0 : bytes(length + 1, buffer.getTypeBitWidth());
                case DATA -> hasOffsets ? 0 : bytes(length, buffer.getTypeBitWidth()); // values of variable width
                default -> bytes(length, buffer.getTypeBitWidth());
            };
            if (size < needed) {
                throw new IllegalArgumentException("field '" + field.getName() + "' declares " + length
                        + " values but its " + buffer.getType().getName().toLowerCase(java.util.Locale.ROOT)
                        + " buffer holds " + size + " bytes (needs " + needed + ")");
            }
        }
        for (Field child : field.getChildren()) {
            if (!checkField(child, nodes, buffers, batchLength, false)) {
                return false;
            }
        }
        return true;
    }

    private static long bytes(long values, int bitWidth) {
        return (values * bitWidth + 7) / 8;
    }

    private static void requireWithin(String what, long length, long at, long size) {
        if (length < 0 || length > size - at) {
            throw new IllegalArgumentException(what + " length " + length + " at byte " + at + " runs past the end of "
                    + "the file (" + size + " bytes)");
        }
    }

    private static int readInt(SeekableByteChannel channel, long at, ByteBuffer word) throws IOException {
        word.clear();
        readFully(channel, at, word);
        return word.getInt(0);
    }

    private static void readFully(SeekableByteChannel channel, long at, ByteBuffer into) throws IOException {
        channel.position(at);
        while (into.hasRemaining()) {
            if (channel.read(into) < 0) {
                throw new IllegalArgumentException("unexpected end of file at byte " + channel.position());
            }
        }
    }
}
