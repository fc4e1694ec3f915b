package io.sparkta.spark.arrow;

import io.sparkta.arrow.ArrowIpc;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.execution.arrow.ArrowWriter;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.ArrowUtils;
import org.apache.spark.util.SerializableConfiguration;
import scala.jdk.javaapi.CollectionConverters;

/** The write side of the {@code arrow} source, and single-file output for the command line. */
public final class ArrowWrite {
    static final int DEFAULT_BATCH_ROWS = 1 << 16;

    private ArrowWrite() {
    }

    /** Saves as a folder of IPC files, one per non-empty partition (partition 0 always, so the schema is there). */
    static void save(Dataset<Row> data, String path, SaveMode mode, Map<String, String> options) {
        ArrowIpc format = ipc(options.getOrDefault("ipc", "file"));
        int batchRows = Integer.parseInt(options.getOrDefault("maxRecordsPerBatch", String.valueOf(DEFAULT_BATCH_ROWS)));
        Configuration conf = HadoopFiles.conf();
        Path dir = new Path(path);
        try {
            FileSystem fs = dir.getFileSystem(conf);
            if (fs.exists(dir)) {
                switch (mode) {
                    case ErrorIfExists:
                        throw new IllegalArgumentException("arrow: path " + path + " already exists (use mode \"overwrite\" "
                                + "or \"append\")");
                    case Ignore:
                        return;
                    case Overwrite:
                        fs.delete(dir, true);
                        break;
                    default:
                        break;
                }
            }
            fs.mkdirs(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("arrow: cannot prepare " + path, e);
        }
        StructType schema = data.schema();
        String timeZone = data.sparkSession().conf().get("spark.sql.session.timeZone");
        String job = UUID.randomUUID().toString();
        String extension = format == ArrowIpc.STREAM ? ".arrows" : ".arrow";
        SerializableConfiguration hadoop = new SerializableConfiguration(conf);
        ((org.apache.spark.sql.classic.Dataset<Row>) data).queryExecution().toRdd().toJavaRDD().foreachPartition(rows -> {
            int partition = TaskContext.getPartitionId();
            if (!rows.hasNext() && partition != 0) {
                return;
            }
            String name = String.format(Locale.ROOT, "part-%05d-%s%s", partition, job, extension);
            Path target = new Path(path, name), temp = new Path(path, "." + name + ".inprogress");
            FileSystem fs = target.getFileSystem(hadoop.value());
            try (OutputStream out = fs.create(temp, true)) {
                write(rows, schema, timeZone, format, out, batchRows);
            }
            fs.delete(target, false); // a retried task replaces its earlier attempt
            if (!fs.rename(temp, target)) {
                throw new IOException("arrow: cannot rename " + temp + " to " + target);
            }
        });
    }

    /**
     * Writes a result into one IPC file or stream on the driver's file system, chosen by the extension, with
     * rows streamed from the executors a partition at a time (for the command line's {@code --output x.arrow}).
     */
    public static void toFile(Dataset<Row> data, java.nio.file.Path file) throws IOException {
        ArrowIpc format = ArrowIpc.forPath(file.toString());
        if (format == null) {
            throw new IllegalArgumentException(file + ": not an Arrow file name (.arrow, .arrows, .feather or .ipc)");
        }
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Iterator<InternalRow> rows = CollectionConverters.asJava(((org.apache.spark.sql.classic.Dataset<Row>) data)
                .queryExecution().executedPlan().executeToIterator());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(rows, data.schema(), data.sparkSession().conf().get("spark.sql.session.timeZone"), format, out,
                    DEFAULT_BATCH_ROWS);
        }
    }

    /** Rows through Spark's Arrow writer, a record batch per {@code batchRows} rows (one, maybe empty, at least). */
    private static void write(Iterator<InternalRow> rows, StructType schema, String timeZone, ArrowIpc format,
                              OutputStream out, int batchRows) throws IOException {
        BufferAllocator allocator = ArrowUtils.rootAllocator().newChildAllocator("sparkta arrow write", 0, Long.MAX_VALUE);
        try (allocator;
             VectorSchemaRoot root = VectorSchemaRoot.create(ArrowUtils.toArrowSchema(schema, timeZone, true, false),
                     allocator);
             org.apache.arrow.vector.ipc.ArrowWriter ipc = format.writer(root, out)) {
            ArrowWriter columns = ArrowWriter.create(root);
            ipc.start();
            int count = 0;
            boolean wrote = false;
            while (rows.hasNext()) {
                columns.write(rows.next());
                if (++count == batchRows) {
                    columns.finish();
                    ipc.writeBatch();
                    columns.reset();
                    count = 0;
                    wrote = true;
                }
            }
            if (count > 0 || !wrote) {
                columns.finish();
                ipc.writeBatch();
            }
            ipc.end();
        }
    }

    private static ArrowIpc ipc(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "file" -> ArrowIpc.FILE;
            case "stream" -> ArrowIpc.STREAM;
            default -> throw new IllegalArgumentException("arrow: option ipc must be file or stream, got '" + name + "'");
        };
    }
}
