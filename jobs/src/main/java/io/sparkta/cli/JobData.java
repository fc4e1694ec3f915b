package io.sparkta.cli;

import io.sparkta.arrow.ArrowIpc;
import io.sparkta.kernels.Candles;
import io.sparkta.spark.SeriesTransform;
import io.sparkta.spark.arrow.ArrowSource;
import io.sparkta.spark.arrow.ArrowWrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.RowEncoder;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/** Inputs and outputs of the Spark jobs: long-format files or a seeded demo data set, Parquet or CSV out. */
final class JobData {
    /** The demo's series, one row per symbol: the time and each OHLCV column as arrays in time order. */
    private static final StructType DEMO_PACKED_SCHEMA = new StructType()
            .add("symbol", DataTypes.StringType, false)
            .add("ts", DataTypes.createArrayType(DataTypes.TimestampType, false), false)
            .add("open", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
            .add("high", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
            .add("low", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
            .add("close", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
            .add("volume", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

    private JobData() {
    }

    /**
     * Long-format prices from {@code --input PATH} (csv, parquet or Arrow), or for {@code --demo SYMBOLS:BARS} the
     * demo's series generated already packed ({@link #demoPacked}).
     */
    static Dataset<Row> prices(SparkSession spark, SeriesJobOptions input) {
        int[] demo = input.demo();
        if (demo != null) {
            return demoPacked(spark, demo[0], demo[1]);
        }
        if (!Files.exists(Path.of(input.source.path))) {
            throw new Sparkta.UsageException("input not found: " + input.source.path);
        }
        return read(spark, input.source.path);
    }

    /** Refuses, in one line listing the columns there are, an input that lacks one of {@code needed}. */
    static void requireColumns(Dataset<Row> prices, List<String> needed, String what) {
        List<String> available = List.of(prices.columns());
        for (String c : needed) {
            if (!available.contains(c)) {
                throw new Sparkta.UsageException("the input has no " + what + " column '" + c + "' (columns: "
                        + String.join(", ", available) + ")");
            }
        }
    }

    /** The prices packed into one array per series and column, the columns checked first. */
    static Dataset<Row> packed(Dataset<Row> prices, List<String> columns, SeriesJobOptions input) {
        JobData.requireColumns(prices, List.of(input.symbolCol), "--symbol-col");
        JobData.requireColumns(prices, List.of(input.timeCol), "--time-col");
        JobData.requireColumns(prices, columns, "indicator input");
        Dataset<Row> packed;
        if (input.demo() != null) { // generated packed: only the columns to pick
            List<Column> picked = new ArrayList<>(List.of(functions.col(input.symbolCol), functions.col(input.timeCol)));
            columns.forEach(c -> picked.add(functions.col(c)));
            packed = prices.select(picked.toArray(Column[]::new));
        } else {
            packed = SeriesTransform.pack(prices, List.of(input.symbolCol), input.timeCol, columns);
        }
        // the same series packed before in this session (the demo's backtest after its sweep) are cached already
        return packed.storageLevel().equals(StorageLevel.NONE()) ? packed.cache() : packed;
    }

    /** {@code name=PATH}: .csv files (header row, inferred types), Arrow IPC files, or Parquet files and folders. */
    static void registerTable(SparkSession spark, String table) {
        String[] nameAndPath = SqlCommand.table(table);
        read(spark, nameAndPath[1]).createOrReplaceTempView(nameAndPath[0]);
    }

    /** The number of elements of each series' array column: the bars of each series. */
    static long[] lengths(Dataset<Row> packed, String arrayColumn) {
        return packed.select(functions.size(functions.col(arrayColumn))).as(Encoders.INT()).collectAsList().stream()
                .mapToLong(Integer::longValue).toArray();
    }

    /** An accumulator for the kernels' task time ({@code Sweep.kernelTime}, {@code Backtest.kernelTime}). */
    static LongAccumulator kernelClock(SparkSession spark) {
        return spark.sparkContext().longAccumulator("sparkta kernel nanoseconds");
    }

    /** A file or folder by its extension: .csv (header row, inferred types), Arrow IPC, else Parquet. */
    static Dataset<Row> read(SparkSession spark, String path) {
        if (path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return spark.read().option("header", "true").option("inferSchema", "true").csv(path);
        }
        return ArrowIpc.isArrow(path) ? spark.read().format(ArrowSource.NAME).load(path) : spark.read().parquet(path);
    }

    /**
     * A seeded synthetic OHLCV random walk per symbol (SYM0000, SYM0001, ...) as {@link SeriesTransform#pack}
     * would give it, one row per symbol with an array per column in time order, generated on the executors: no
     * rows to shuffle and sort back into series.
     */
    static Dataset<Row> demoPacked(SparkSession spark, int symbols, int bars) {
        int partitions = Math.max(1, Math.min(symbols, spark.sparkContext().defaultParallelism() * 2));
        MapFunction<Long, Row> series = s -> {
            Candles c = Candles.randomWalk(bars, 1_000 + s);
            java.sql.Timestamp[] ts = new java.sql.Timestamp[bars];
            for (int i = 0; i < bars; i++) {
                ts[i] = new java.sql.Timestamp(c.timestamp()[i]);
            }
            return RowFactory.create(String.format(Locale.ROOT, "SYM%04d", s), ts, c.open(), c.high(), c.low(),
                    c.close(), c.volume());
        };
        return spark.range(0, symbols, 1, partitions).as(Encoders.LONG())
                .map(series, RowEncoder.encoderFor(DEMO_PACKED_SCHEMA));
    }

    /**
     * Writes a result as parquet, csv (arrays as text such as {@code [1.0, 2.5]}) or Arrow: one IPC file for an
     * output with an Arrow extension, else a folder of Arrow files, one per partition. The caller has checked that
     * the output may be replaced ({@link OutputFiles#check}).
     */
    static void write(Dataset<Row> result, String output, OutputFiles.Format format) {
        switch (format) {
            case ARROW -> {
                if (ArrowIpc.isArrow(output)) {
                    try {
                        ArrowWrite.toFile(result, Path.of(output));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException("cannot write " + output, e);
                    }
                } else {
                    result.write().mode("overwrite").format(ArrowSource.NAME).save(output);
                }
            }
            case PARQUET -> {
                DataFrameWriter<Row> writer = result.write().mode("overwrite");
                for (StructField field : result.schema().fields()) {
                    if (field.dataType() instanceof ArrayType) {
                        // an indicator's values rarely repeat: a dictionary is built, then given up, per page
                        writer = writer.option("parquet.enable.dictionary#" + field.name() + ".list.element", "false");
                    }
                }
                writer.parquet(output);
            }
            case CSV -> {
                List<Column> cols = new ArrayList<>();
                for (StructField field : result.schema().fields()) {
                    Column c = functions.col(field.name());
                    cols.add(field.dataType() instanceof ArrayType ? c.cast("string").as(field.name()) : c);
                }
                result.select(cols.toArray(Column[]::new)).write().mode("overwrite").option("header", "true")
                        .csv(output);
            }
        }
    }

    /** Reads back what {@link #write} wrote. */
    static Dataset<Row> readBack(SparkSession spark, String output, OutputFiles.Format format) {
        return switch (format) {
            case CSV -> spark.read().option("header", "true").option("inferSchema", "true").csv(output);
            case ARROW -> spark.read().format(ArrowSource.NAME).load(output);
            case PARQUET -> spark.read().parquet(output);
        };
    }
}
