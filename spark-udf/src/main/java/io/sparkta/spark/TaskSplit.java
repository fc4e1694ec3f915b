package io.sparkta.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import scala.Option;
import scala.math.BigInt;

/**
 * Splits grid work over series into tasks of (series x chunk of combos): one row per series and chunk, with
 * the key columns, the input arrays and the chunk number ({@code __chunk}) last, absent where every task is
 * chunk 0. When the input has a
 * partition per core and at least two series per core, each series keeps its partition and its whole grid
 * (one stage, no shuffle); otherwise every series' grid is cut into as many chunks as it takes to give each
 * core two tasks, spread round-robin, so a few long series with a big grid still use every executor. The
 * series are counted from the plan's statistics where it has them (cached or local data), by a count job
 * otherwise (cheap on files: no column is read). Under adaptive execution the round-robin exchange runs as
 * soon as the sweep is planned.
 * Memory is bounded inside the tasks, which run a chunk in parts that fit the budget for
 * the series at hand ({@link Parts}).
 */
record TaskSplit(org.apache.spark.sql.classic.SparkSession session, RDD<InternalRow> tasks, StructType schema,
                 int chunk) {

    static TaskSplit of(Dataset<Row> series, List<String> keys, List<String> arrayColumns, int combos) {
        return of(series, keys, arrayColumns, List.of(), combos);
    }

    /** As above, where the columns {@code timeColumns} may also be arrays of times (read as epoch milliseconds). */
    static TaskSplit of(Dataset<Row> series, List<String> keys, List<String> arrayColumns, List<String> timeColumns,
                        int combos) {
        List<Column> select = new ArrayList<>();
        keys.forEach(k -> select.add(functions.col(k)));
        for (String col : arrayColumns) {
            DataType t = series.schema().apply(col).dataType();
            if (!SeriesData.isSeriesType(t) && !(timeColumns.contains(col) && SeriesData.isTimeSeriesType(t))) {
                throw new IllegalArgumentException("column '" + col + "' must be an array of numbers, got " + t.sql());
            }
            select.add(functions.col(col));
        }
        Dataset<Row> rows = series.select(select.toArray(Column[]::new));
        int cores = series.sparkSession().sparkContext().defaultParallelism();
        // Statistics of the input's own plan, planned afresh so that data cached since the DataFrame was
        // built is seen (a projection would drop the row count, without CBO).
        var input = (org.apache.spark.sql.classic.Dataset<Row>) series;
        Option<BigInt> counted = org.apache.spark.sql.classic.Dataset.ofRows(input.sparkSession(), input.logicalPlan())
                .queryExecution().optimizedPlan().stats().rowCount();
        long seriesCount = Math.max(1, counted.isDefined() ? counted.get().longValue() : rows.count());
        var planned = ((org.apache.spark.sql.classic.Dataset<Row>) rows).queryExecution();
        if (seriesCount >= 2L * cores && planned.toRdd().getNumPartitions() >= cores) {
            // The rows as planned just now, without a chunk column (every task is chunk 0): planning them
            // again with one would cost the job a second physical planning.
            return new TaskSplit(planned.sparkSession(), planned.toRdd(), rows.schema(), combos);
        }
        int chunks = (int) Math.min(combos, (2L * cores + seriesCount - 1) / seriesCount);
        int chunk = (combos + chunks - 1) / chunks;
        chunks = (combos + chunk - 1) / chunk;
        Dataset<Row> tasks = rows.crossJoin(series.sparkSession().range(chunks).toDF("__chunk"))
                .repartition((int) Math.min(seriesCount * chunks, 4L * cores));
        var plannedTasks = ((org.apache.spark.sql.classic.Dataset<Row>) tasks).queryExecution();
        return new TaskSplit(plannedTasks.sparkSession(), plannedTasks.toRdd(), tasks.schema(), chunk);
    }

    /**
     * Walks one partition's tasks on an executor: each task with a non-empty series (its {@code inputs}
     * arrays after the {@code keyCount} keys, then the chunk number), its chunk of combos in parts that fit
     * {@code budget} at {@code bytesPerComboPoint} per point of the series (8 per output matrix, rows with their
     * array header), at least one combo per part.
     */
    static final class Parts {
        private final Iterator<InternalRow> rows;
        private final StructType taskSchema;
        private final int keyCount, inputs, chunk, combos;
        private final long budget, bytesPerComboPoint;
        private int nextCombo, chunkEnd, part;
        /** The current task row (a copy), its series and the current part's combos [from, to). */
        InternalRow task;
        double[][] series;
        int from, to;
        /** Whether the current part is the first of its task. */
        boolean startsTask;

        Parts(Iterator<InternalRow> rows, StructType taskSchema, int keyCount, int inputs, int chunk, int combos,
              long budget, long bytesPerComboPoint) {
            this.rows = rows;
            this.taskSchema = taskSchema;
            this.keyCount = keyCount;
            this.inputs = inputs;
            this.chunk = chunk;
            this.combos = combos;
            this.budget = budget;
            this.bytesPerComboPoint = bytesPerComboPoint;
        }

        /** Moves to the next part; false when the partition is done. */
        boolean next() {
            startsTask = nextCombo == chunkEnd;
            if (startsTask && !nextTask()) {
                return false;
            }
            from = nextCombo;
            to = Math.min(chunkEnd, nextCombo + part);
            nextCombo = to;
            return true;
        }

        private boolean nextTask() {
            do {
                if (!rows.hasNext()) {
                    return false;
                }
                task = rows.next().copy();
                series = new double[inputs][];
                for (int i = 0; i < inputs; i++) {
                    ArrayData a = task.getArray(keyCount + i);
                    series[i] = a == null ? new double[0]
                            : SeriesData.toDoubles(a, taskSchema.fields()[keyCount + i].dataType());
                }
            } while (series[0].length == 0);
            int c = taskSchema.fields().length > keyCount + inputs ? (int) task.getLong(keyCount + inputs) : 0;
            nextCombo = c * chunk;
            chunkEnd = Math.min(combos, (c + 1) * chunk);
            long comboBytes = bytesPerComboPoint * (SeriesData.headerSlots(series[0].length) + series[0].length);
            part = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / Math.max(1, comboBytes)));
            return true;
        }
    }

    /**
     * Runs the tasks through a partition function and returns its rows as a DataFrame of {@code schema};
     * {@code unsafeRows} says the function emits UnsafeRows of that schema, which are then scanned as they are.
     */
    Dataset<Row> run(FlatMapFunction<Iterator<InternalRow>, InternalRow> perPartition, StructType schema,
                     boolean unsafeRows) {
        var rdd = tasks.toJavaRDD().mapPartitions(perPartition);
        return unsafeRows ? UnsafeRowScan.dataFrame(session, rdd.rdd(), schema)
                : session.internalCreateDataFrame(rdd.rdd(), schema, false);
    }
}
