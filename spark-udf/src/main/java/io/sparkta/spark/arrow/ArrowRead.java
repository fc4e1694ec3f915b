package io.sparkta.spark.arrow;

import io.sparkta.arrow.ArrowIpc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.TimeStampMicroTZVector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.TimeStampVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.ArrowUtils;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;
import org.apache.spark.sql.vectorized.ArrowColumnVector;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.util.SerializableConfiguration;

/** The read side of the {@code arrow} source: one input partition per file, one columnar batch per record batch. */
final class ArrowRead {
    private ArrowRead() {
    }

    /**
     * The Spark schema of the first file (all files of one load are expected to share it). Empty when nothing
     * exists at the paths yet: Spark asks for a schema before writing to a new path too, so the error for a
     * read waits until its scan is planned.
     */
    static StructType schema(List<String> paths, Configuration conf) {
        if (!HadoopFiles.anyExists(paths, conf)) {
            return new StructType();
        }
        String first = HadoopFiles.list(paths, conf).get(0);
        BufferAllocator allocator = allocator(first, conf, "sparkta arrow schema");
        try (allocator; ArrowReader reader = open(first, conf, allocator)) {
            return sparkSchema(reader.getVectorSchemaRoot().getSchema());
        } catch (IOException e) {
            throw new UncheckedIOException("arrow: cannot read " + first, e);
        }
    }

    /**
     * Spark's types for the Arrow fields. Timestamps of any unit map to TIMESTAMP (with a time zone) or
     * TIMESTAMP_NTZ; Spark's own mapping takes microseconds only, so other units are converted on reading.
     */
    static StructType sparkSchema(Schema schema) {
        List<StructField> fields = new ArrayList<>();
        for (Field f : schema.getFields()) {
            DataType type = f.getType() instanceof ArrowType.Timestamp ts
                    ? (ts.getTimezone() == null ? DataTypes.TimestampNTZType : DataTypes.TimestampType)
                    : ArrowUtils.fromArrowField(f);
            fields.add(new StructField(f.getName(), type, f.isNullable(), Metadata.empty()));
        }
        return new StructType(fields.toArray(StructField[]::new));
    }

    /**
     * A reader of the file whose input is checked before Arrow allocates from it ({@link ArrowIpc#open}), over
     * an allocator from {@link #allocator}. Corrupt input fails with one line naming the file.
     */
    static ArrowReader open(String file, Configuration conf, BufferAllocator allocator) {
        ArrowIpc format = format(file);
        HadoopFiles.ReadChannel channel = null;
        try {
            channel = new HadoopFiles.ReadChannel(new Path(file), conf);
            return ArrowIpc.open(channel, format, allocator);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw format.invalidInput(file, e);
        }
    }

    /** The IPC format of a file the source lists: a stream by its extension, else a file. */
    private static ArrowIpc format(String file) {
        return ArrowIpc.forPath(file) == ArrowIpc.STREAM ? ArrowIpc.STREAM : ArrowIpc.FILE;
    }

    /** A child of Spark's allocator for reading the file, limited by the file's size. */
    static BufferAllocator allocator(String file, Configuration conf, String purpose) {
        Path path = new Path(file);
        long size;
        try {
            size = path.getFileSystem(conf).getFileStatus(path).getLen();
        } catch (IOException e) {
            throw new UncheckedIOException("arrow: cannot read " + file, e);
        }
        return ArrowUtils.rootAllocator().newChildAllocator(purpose + " " + file, 0, ArrowIpc.readingLimit(size));
    }

    static final class ArrowTable implements SupportsRead {
        private final StructType schema;
        private final List<String> paths;

        ArrowTable(StructType schema, List<String> paths) {
            this.schema = schema;
            this.paths = paths;
        }

        @Override
        public String name() {
            return "arrow " + paths;
        }

        @Override
        public StructType schema() {
            return schema;
        }

        @Override
        public Set<TableCapability> capabilities() {
            return Set.of(TableCapability.BATCH_READ);
        }

        @Override
        public ScanBuilder newScanBuilder(CaseInsensitiveStringMap options) {
            HadoopFiles.list(paths, HadoopFiles.conf()); // fails clearly for a path that does not exist
            return () -> new FileScan(schema, paths);
        }
    }

    private record FileScan(StructType schema, List<String> paths) implements Scan, Batch {
        @Override
        public StructType readSchema() {
            return schema;
        }

        @Override
        public Batch toBatch() {
            return this;
        }

        @Override
        public InputPartition[] planInputPartitions() {
            return HadoopFiles.list(paths, HadoopFiles.conf()).stream().map(ArrowFile::new).toArray(InputPartition[]::new);
        }

        @Override
        public PartitionReaderFactory createReaderFactory() {
            return new ReaderFactory(new SerializableConfiguration(HadoopFiles.conf()));
        }
    }

    private record ArrowFile(String path) implements InputPartition {
    }

    private record ReaderFactory(SerializableConfiguration conf) implements PartitionReaderFactory {
        @Override
        public boolean supportColumnarReads(InputPartition partition) {
            return true;
        }

        @Override
        public PartitionReader<InternalRow> createReader(InputPartition partition) {
            throw new UnsupportedOperationException("the arrow source reads columnar batches only");
        }

        @Override
        public PartitionReader<ColumnarBatch> createColumnarReader(InputPartition partition) {
            return new BatchReader(((ArrowFile) partition).path(), conf.value());
        }
    }

    /** Record batches of one file as columnar batches; the vectors are Arrow's, reused from batch to batch. */
    private static final class BatchReader implements PartitionReader<ColumnarBatch> {
        private final String file;
        private final BufferAllocator allocator;
        private final ArrowReader reader;
        private final List<FieldVector> converted = new ArrayList<>();
        private ColumnarBatch batch;

        BatchReader(String file, Configuration conf) {
            this.file = file;
            this.allocator = allocator(file, conf, "sparkta arrow read");
            try {
                this.reader = open(file, conf, allocator);
            } catch (RuntimeException e) {
                allocator.close();
                throw e;
            }
        }

        @Override
        public boolean next() throws IOException {
            try {
                if (!reader.loadNextBatch()) {
                    return false;
                }
            } catch (IOException | RuntimeException e) {
                throw format(file).invalidInput(file, e);
            }
            closeConverted();
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            List<FieldVector> vectors = root.getFieldVectors();
            ColumnVector[] columns = new ColumnVector[vectors.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = new ArrowColumnVector(microseconds(vectors.get(i)));
            }
            batch = new ColumnarBatch(columns, root.getRowCount());
            return true;
        }

        /** Spark reads microsecond timestamps only: other units are rescaled into a new vector. */
        private FieldVector microseconds(FieldVector v) {
            if (!(v instanceof TimeStampVector ts) || ((ArrowType.Timestamp) v.getField().getType()).getUnit()
                    == TimeUnit.MICROSECOND) {
                return v;
            }
            ArrowType.Timestamp type = (ArrowType.Timestamp) v.getField().getType();
            java.util.concurrent.TimeUnit unit = switch (type.getUnit()) {
                case SECOND -> java.util.concurrent.TimeUnit.SECONDS;
                case MILLISECOND -> java.util.concurrent.TimeUnit.MILLISECONDS;
                case NANOSECOND -> java.util.concurrent.TimeUnit.NANOSECONDS;
                default -> java.util.concurrent.TimeUnit.MICROSECONDS;
            };
            int n = v.getValueCount();
            TimeStampVector micros = type.getTimezone() == null
                    ? new TimeStampMicroVector(v.getName(), allocator)
                    : new TimeStampMicroTZVector(v.getName(), allocator, type.getTimezone());
            converted.add(micros);
            micros.allocateNew(n);
            for (int i = 0; i < n; i++) {
                if (!ts.isNull(i)) {
                    micros.set(i, unit.toMicros(ts.get(i)));
                }
            }
            micros.setValueCount(n);
            return micros;
        }

        @Override
        public ColumnarBatch get() {
            return batch;
        }

        private void closeConverted() {
            converted.forEach(FieldVector::close);
            converted.clear();
        }

        @Override
        public void close() throws IOException {
            closeConverted();
            try {
                reader.close();
            } finally {
                allocator.close();
            }
        }

        @Override
        public String toString() {
            return "arrow reader of " + file;
        }
    }
}
