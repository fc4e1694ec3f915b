package io.sparkta.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * Splits grid work over series into tasks of (series x chunk of combos): one row per series and chunk, with
 * the key columns, the input arrays and the chunk number ({@code __chunk}) last, spread round-robin over
 * up to four partitions per core. A chunk holds as many combos as fit the memory budget for the longest
 * series, so a few long series with a big grid still use every executor.
 */
record TaskSplit(Dataset<Row> tasks, int chunk, int chunks) {

    /**
     * @param bytesPerComboPoint bytes one combo needs per series point (8 per output matrix)
     */
    static TaskSplit of(Dataset<Row> series, List<String> keys, List<String> arrayColumns, int combos,
                        long bytesPerComboPoint, long budget) {
        List<Column> select = new ArrayList<>();
        keys.forEach(k -> select.add(functions.col(k)));
        List<Column> sizes = new ArrayList<>();
        for (String col : arrayColumns) {
            DataType t = series.schema().apply(col).dataType();
            if (!SeriesData.isSeriesType(t)) {
                throw new IllegalArgumentException("column '" + col + "' must be an array of numbers, got " + t.sql());
            }
            select.add(functions.col(col));
            sizes.add(functions.size(functions.col(col)));
        }
        Dataset<Row> rows = series.select(select.toArray(Column[]::new));
        Row stats = rows.agg(functions.count(functions.lit(1)), functions.max(sizes.size() == 1 ? sizes.get(0)
                : functions.greatest(sizes.toArray(Column[]::new)))).first();
        long seriesCount = stats.getLong(0);
        int maxLength = stats.isNullAt(1) ? 0 : Math.max(0, stats.getInt(1));
        long comboBytes = bytesPerComboPoint * (SeriesData.headerSlots(maxLength) + maxLength);
        int chunk = (int) Math.max(1, Math.min(combos, budget / Math.max(1, comboBytes)));
        int chunks = (combos + chunk - 1) / chunk;
        int cores = series.sparkSession().sparkContext().defaultParallelism();
        int partitions = (int) Math.max(1, Math.min(seriesCount * chunks, 4L * cores));
        Dataset<Row> tasks = rows.crossJoin(series.sparkSession().range(chunks).toDF("__chunk"))
                .repartition(partitions);
        return new TaskSplit(tasks, chunk, chunks);
    }

    /** Runs the tasks through a partition function and returns its rows as a DataFrame of {@code schema}. */
    Dataset<Row> run(FlatMapFunction<Iterator<InternalRow>, InternalRow> perPartition, StructType schema) {
        var rdd = ((org.apache.spark.sql.classic.Dataset<Row>) tasks).queryExecution().toRdd().toJavaRDD()
                .mapPartitions(perPartition);
        return ((org.apache.spark.sql.classic.SparkSession) tasks.sparkSession())
                .internalCreateDataFrame(rdd.rdd(), schema, false);
    }
}
