package io.sparkta.spark.arrow;

import io.sparkta.arrow.ArrowIpc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Arrow files on any Hadoop file system (local, HDFS, object stores), as Spark reads its other sources. */
final class HadoopFiles {
    private HadoopFiles() {
    }

    /** The active session's Hadoop configuration (file systems, credentials), on the driver. */
    static Configuration conf() {
        return ArrowSource.session().sparkContext().hadoopConfiguration();
    }

    static boolean anyExists(List<String> paths, Configuration conf) {
        try {
            for (String p : paths) {
                Path path = new Path(p);
                if (path.getFileSystem(conf).exists(path)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("arrow: cannot look at " + paths, e);
        }
    }

    /**
     * The Arrow files at the paths: a file itself, or the Arrow files directly inside a folder (names starting
     * with '_' or '.' are skipped, as Spark does), in name order.
     */
    static List<String> list(List<String> paths, Configuration conf) {
        List<String> files = new ArrayList<>();
        try {
            for (String p : paths) {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(conf);
                if (!fs.exists(path)) {
                    throw new IllegalArgumentException("arrow: path does not exist: " + p);
                }
                FileStatus status = fs.getFileStatus(path);
                if (!status.isDirectory()) {
                    files.add(status.getPath().toString());
                    continue;
                }
                List<String> inside = new ArrayList<>();
                for (FileStatus f : fs.listStatus(path)) {
                    String name = f.getPath().getName();
                    if (f.isFile() && !name.startsWith("_") && !name.startsWith(".") && ArrowIpc.isArrow(name)) {
                        inside.add(f.getPath().toString());
                    }
                }
                inside.sort(null);
                files.addAll(inside);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("arrow: cannot list " + paths, e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("arrow: no .arrow, .arrows, .feather or .ipc files at " + paths);
        }
        return files;
    }

    /** A read-only seekable channel over a Hadoop input stream (the IPC file reader seeks to its footer). */
    static final class ReadChannel implements SeekableByteChannel {
        private final FSDataInputStream in;
        private final long size;
        private final byte[] chunk = new byte[1 << 16];

        ReadChannel(Path path, Configuration conf) throws IOException {
            FileSystem fs = path.getFileSystem(conf);
            this.size = fs.getFileStatus(path).getLen();
            this.in = fs.open(path);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            if (dst.hasArray()) {
                int n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
                if (n > 0) {
                    dst.position(dst.position() + n);
                }
                return n;
            }
            int n = in.read(chunk, 0, Math.min(chunk.length, dst.remaining()));
            if (n > 0) {
                dst.put(chunk, 0, n);
            }
            return n;
        }

        @Override
        public long position() throws IOException {
            return in.getPos();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            in.seek(newPosition);
            return this;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public SeekableByteChannel truncate(long newSize) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
