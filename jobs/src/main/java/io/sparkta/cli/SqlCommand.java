package io.sparkta.cli;

import io.sparkta.arrow.ArrowIpc;
import io.sparkta.spark.arrow.ArrowWrite;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code sparkta sql "STATEMENT" [--table name=PATH]... [--master URL] [--output FILE]}: runs one SQL
 * statement with every {@code ta_*} function registered; {@code --table} registers CSV (header row,
 * inferred types), Arrow IPC or Parquet files as views. The result goes to the file (CSV, or one Arrow IPC
 * file for an Arrow extension), or to standard output as CSV.
 */
final class SqlCommand implements Sparkta.Command {

    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws IOException {
        args.allowOnly("table", "master", "output");
        if (args.positionals().size() != 1) {
            throw new Sparkta.UsageException("expected one SQL statement in quotes, got " + args.positionals().size()
                    + " arguments");
        }
        SparkSession spark = SparkSessions.create("sparkta sql", args.option("master"));
        try {
            for (String table : args.all("table")) {
                registerTable(spark, table);
            }
            Dataset<Row> result;
            try {
                result = spark.sql(args.positionals().get(0));
            } catch (Exception e) {
                if (e instanceof AnalysisException || e instanceof IllegalArgumentException) {
                    throw new Sparkta.UsageException(e.getMessage()); // the statement is wrong: one clear line
                }
                throw e;
            }
            String output = args.option("output");
            if (output != null && ArrowIpc.isArrow(output)) {
                ArrowWrite.toFile(result, Path.of(output));
                err.println("sparkta sql: wrote " + output);
            } else if (CsvOutput.write(output, out, w -> CsvRows.write(result.schema().fieldNames(), result.toLocalIterator(), w))) {
                err.println("sparkta sql: wrote " + output);
            }
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** {@code name=PATH}: .csv files (header row, inferred types), Arrow IPC files, or Parquet files and folders. */
    static void registerTable(SparkSession spark, String spec) {
        int eq = spec == null ? -1 : spec.indexOf('=');
        if (eq <= 0) {
            throw new Sparkta.UsageException("--table takes name=PATH, got '" + spec + "'");
        }
        String name = spec.substring(0, eq).trim();
        String path = spec.substring(eq + 1).trim();
        if (!Files.exists(Path.of(path))) {
            throw new Sparkta.UsageException("table " + name + ": no such file " + path);
        }
        JobData.read(spark, path).createOrReplaceTempView(name);
    }

    /** Writes rows as CSV: arrays and structs as quoted JSON-like lists, doubles shortest round-trip. */
    static final class CsvRows {
        private CsvRows() {
        }

        static void write(String[] header, Iterator<Row> rows, Writer w) throws IOException {
            w.write(String.join(",", header));
            w.write('\n');
            StringBuilder line = new StringBuilder();
            while (rows.hasNext()) {
                Row r = rows.next();
                line.setLength(0);
                for (int i = 0; i < r.length(); i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    Object v = r.get(i);
                    if (v instanceof scala.collection.Seq<?> || v instanceof Row) {
                        line.append('"').append(value(v).replace("\"", "\"\"")).append('"');
                    } else {
                        String s = value(v);
                        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n");
                        line.append(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
                    }
                }
                w.write(line.append('\n').toString());
            }
        }

        private static String value(Object v) {
            if (v == null) {
                return "";
            }
            if (v instanceof Double d) {
                return ShortestDouble.format(d);
            }
            if (v instanceof scala.collection.Seq<?> seq) {
                StringBuilder b = new StringBuilder("[");
                scala.collection.Iterator<?> it = seq.iterator();
                while (it.hasNext()) {
                    b.append(value(it.next()));
                    if (it.hasNext()) {
                        b.append(',');
                    }
                }
                return b.append(']').toString();
            }
            if (v instanceof Row row) {
                StringBuilder b = new StringBuilder("{");
                for (int i = 0; i < row.length(); i++) {
                    b.append(i == 0 ? "" : ",").append(row.schema().fieldNames()[i]).append(':').append(value(row.get(i)));
                }
                return b.append('}').toString();
            }
            return v.toString();
        }
    }
}
