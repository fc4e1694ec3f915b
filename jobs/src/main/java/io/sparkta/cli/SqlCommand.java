package io.sparkta.cli;

import io.sparkta.arrow.ArrowIpc;
import io.sparkta.spark.arrow.ArrowWrite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sparkta sql "STATEMENT" [--table name=PATH]... [--master URL] [--output FILE]}: runs one SQL
 * statement with every {@code ta_*} function registered; {@code --table} registers CSV (header row,
 * inferred types), Arrow IPC or Parquet files as views. The result goes to the file (CSV, or one Arrow IPC
 * file for an Arrow extension), or to standard output as CSV.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "One SQL statement with every ta_* function, on an embedded local Spark.")
final class SqlCommand extends SparkCommand {
    @Parameters(index = "0", paramLabel = "STATEMENT", description = "The statement, in quotes.")
    String statement;

    @Option(names = "--table", paramLabel = "NAME=PATH", description = "A CSV, Arrow or Parquet file as a view.")
    List<String> tables = new ArrayList<>();

    @Option(names = "--output", defaultValue = "-", paramLabel = "FILE",
            description = "FILE.csv, an Arrow file (.arrow, .feather, .ipc, .arrows) or - (default).")
    String output;

    @Override
    void check() {
        if (!output.equals("-") && !ArrowIpc.isArrow(output) && !output.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new Sparkta.UsageException("--output " + output + ": sql writes .csv, .arrow, .feather, .ipc, "
                    + ".arrows or - (standard output)");
        }
        List<String> inputs = new ArrayList<>();
        for (String t : tables) {
            inputs.add(table(t)[1]);
        }
        OutputFiles.check(output, inputs, overwrite);
    }

    /** {@code name=PATH} split, the file checked. */
    static String[] table(String table) {
        int eq = table.indexOf('=');
        if (eq <= 0) {
            throw new Sparkta.UsageException("--table takes name=PATH, got '" + table + "'");
        }
        String name = table.substring(0, eq).trim(), path = table.substring(eq + 1).trim();
        if (!Files.exists(Path.of(path))) {
            throw new Sparkta.UsageException("table " + name + ": no such file " + path);
        }
        return new String[] {name, path};
    }

    @Override
    SparkJob job() {
        return new Job();
    }

    private final class Job implements SparkJob {
        @Override
        public int run(SparkSession spark) throws Exception {
            for (String table : tables) {
                JobData.registerTable(spark, table);
            }
            Dataset<Row> result;
            try {
                result = spark.sql(statement);
            } catch (Exception e) {
                if (e instanceof AnalysisException || e instanceof IllegalArgumentException) {
                    // the statement is wrong: one clear line, without the plan Spark appends
                    throw new Sparkta.UsageException(e.getMessage().lines().findFirst().orElse(e.toString()));
                }
                throw e;
            }
            if (ArrowIpc.isArrow(output)) {
                ArrowWrite.toFile(result, Path.of(output));
            } else if (!CsvOutput.write(output, root.out,
                    w -> CsvRows.write(result.schema().fieldNames(), result.toLocalIterator(), w))) {
                return 0;
            }
            root.err.println("sparkta sql: wrote " + output);
            return 0;
        }
    }
}
