package io.sparkta.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * A plain Java program's Parquet output without Spark: one long-format file of symbol, ts (epoch milliseconds
 * stored as UTC microseconds) and one double column per feature, Snappy-compressed as Spark writes by default.
 * A series is written bar by bar straight from its arrays.
 */
final class ParquetRows implements AutoCloseable {
    private final List<String> columns;
    private final ParquetWriter<Integer> writer;
    private Binary symbol;
    private long[] times;
    private double[][] values;

    ParquetRows(Path file, List<String> columns) throws IOException {
        this.columns = columns;
        Types.GroupBuilder<MessageType> schema = Types.buildMessage()
                .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("symbol")
                .required(PrimitiveTypeName.INT64)
                .as(LogicalTypeAnnotation.timestampType(true, LogicalTypeAnnotation.TimeUnit.MICROS)).named("ts");
        columns.forEach(c -> schema.required(PrimitiveTypeName.DOUBLE).named(c));
        MessageType type = schema.named("features");
        writer = new Builder(file, new BarWrites(type)).withCompressionCodec(CompressionCodecName.SNAPPY).build();
    }

    /** Writes one series: its times and one array per column, all as long as the times. */
    void write(String symbolName, long[] epochMillis, double[][] columnValues) throws IOException {
        symbol = Binary.fromString(symbolName);
        times = epochMillis;
        values = columnValues;
        for (int bar = 0; bar < epochMillis.length; bar++) {
            writer.write(bar);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** Writes the bar at an index of the current series. */
    private final class BarWrites extends WriteSupport<Integer> {
        private final MessageType type;
        private RecordConsumer out;

        BarWrites(MessageType type) {
            this.type = type;
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(type, new HashMap<>());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            out = recordConsumer;
        }

        @Override
        public void write(Integer bar) {
            out.startMessage();
            out.startField("symbol", 0);
            out.addBinary(symbol);
            out.endField("symbol", 0);
            out.startField("ts", 1);
            out.addLong(times[bar] * 1_000);
            out.endField("ts", 1);
            for (int c = 0; c < columns.size(); c++) {
                out.startField(columns.get(c), c + 2);
                out.addDouble(values[c][bar]);
                out.endField(columns.get(c), c + 2);
            }
            out.endMessage();
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Integer, Builder> {
        private final WriteSupport<Integer> support;

        Builder(Path file, WriteSupport<Integer> support) {
            super(new LocalOutputFile(file));
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Integer> getWriteSupport(Configuration configuration) {
            return support;
        }
    }
}
