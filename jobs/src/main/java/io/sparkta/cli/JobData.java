package io.sparkta.cli;

import io.sparkta.arrow.ArrowIpc;
import io.sparkta.kernels.Candles;
import io.sparkta.spark.arrow.ArrowSource;
import io.sparkta.spark.arrow.ArrowWrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
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

/** Inputs and outputs of the Spark jobs: long-format files or a seeded demo data set, Parquet or CSV out. */
final class JobData {
    static final StructType DEMO_SCHEMA = new StructType()
            .add("symbol", DataTypes.StringType, false).add("ts", DataTypes.TimestampType, false)
            .add("open", DataTypes.DoubleType, false).add("high", DataTypes.DoubleType, false)
            .add("low", DataTypes.DoubleType, false).add("close", DataTypes.DoubleType, false)
            .add("volume", DataTypes.DoubleType, false);

    private JobData() {
    }

    /** Long-format prices from {@code --input PATH} (csv, parquet or Arrow) or {@code --demo SYMBOLS:BARS}. */
    static Dataset<Row> prices(SparkSession spark, CliArgs args) {
        String input = args.option("input"), demo = args.option("demo");
        if ((input == null) == (demo == null)) {
            throw new Sparkta.UsageException("give exactly one of --input PATH or --demo SYMBOLS:BARS");
        }
        if (input != null) {
            if (!Files.exists(Path.of(input))) {
                throw new Sparkta.UsageException("input not found: " + input);
            }
            return read(spark, input);
        }
        String[] sb = demo.split(":");
        int symbols, bars;
        try {
            symbols = Integer.parseInt(sb[0].trim());
            bars = Integer.parseInt(sb[1].trim());
        } catch (RuntimeException e) {
            throw new Sparkta.UsageException("--demo takes SYMBOLS:BARS, for example 20:5000, got '" + demo + "'");
        }
        if (symbols < 1 || bars < 2) {
            throw new Sparkta.UsageException("--demo needs at least 1 symbol and 2 bars, got " + demo);
        }
        return demo(spark, symbols, bars);
    }

    /** A file or folder by its extension: .csv (header row, inferred types), Arrow IPC, else Parquet. */
    static Dataset<Row> read(SparkSession spark, String path) {
        if (path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return spark.read().option("header", "true").option("inferSchema", "true").csv(path);
        }
        return isArrow(path, null) ? spark.read().format(ArrowSource.NAME).load(path) : spark.read().parquet(path);
    }

    /** Whether a path (by its extension or the explicit format) holds Arrow. */
    static boolean isArrow(String path, String format) {
        return ArrowIpc.isArrow(path) || (format != null && format.equalsIgnoreCase("arrow"));
    }

    /** A seeded synthetic OHLCV random walk per symbol (SYM0000, SYM0001, ...), generated on the executors. */
    static Dataset<Row> demo(SparkSession spark, int symbols, int bars) {
        int partitions = Math.max(1, Math.min(symbols, spark.sparkContext().defaultParallelism() * 2));
        FlatMapFunction<Long, Row> series = s -> {
            Candles c = Candles.randomWalk(bars, 1_000 + s);
            List<Row> rows = new ArrayList<>(bars);
            String symbol = String.format(Locale.ROOT, "SYM%04d", s);
            for (int i = 0; i < bars; i++) {
                rows.add(RowFactory.create(symbol, new java.sql.Timestamp(c.timestamp()[i]), c.open()[i], c.high()[i],
                        c.low()[i], c.close()[i], c.volume()[i]));
            }
            return rows.iterator();
        };
        return spark.range(0, symbols, 1, partitions).as(Encoders.LONG())
                .flatMap(series, RowEncoder.encoderFor(DEMO_SCHEMA));
    }

    /**
     * Writes a result as parquet (default), csv (arrays as text such as {@code [1.0, 2.5]}) or Arrow: one IPC
     * file for an output with an Arrow extension, else a folder of Arrow files, one per partition.
     */
    static void write(Dataset<Row> result, String output, String format) {
        String f = format == null ? (ArrowIpc.isArrow(output) ? "arrow" : "parquet") : format.toLowerCase(Locale.ROOT);
        if (f.equals("arrow")) {
            if (ArrowIpc.isArrow(output)) {
                try {
                    ArrowWrite.toFile(result, Path.of(output));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException("cannot write " + output, e);
                }
            } else {
                result.write().mode("overwrite").format(ArrowSource.NAME).save(output);
            }
        } else if (f.equals("parquet")) {
            result.write().mode("overwrite").parquet(output);
        } else if (f.equals("csv")) {
            List<Column> cols = new ArrayList<>();
            for (StructField field : result.schema().fields()) {
                Column c = functions.col(field.name());
                cols.add(field.dataType() instanceof ArrayType ? c.cast("string").as(field.name()) : c);
            }
            result.select(cols.toArray(Column[]::new)).write().mode("overwrite").option("header", "true").csv(output);
        } else {
            throw new Sparkta.UsageException("--format must be parquet, csv or arrow, got '" + format + "'");
        }
    }
}
