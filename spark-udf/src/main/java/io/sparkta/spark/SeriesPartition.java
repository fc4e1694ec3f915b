package io.sparkta.spark;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.Vectorization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.BoundReference;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.UnsafeProjection;
import org.apache.spark.sql.catalyst.expressions.UnsafeRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/** The per-partition work of {@link SeriesTransform}: group, sort by time, compute, emit. */
final class SeriesPartition implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
    private static final long serialVersionUID = 1L;

    private final List<Planned> calls;
    private final StructType schema;
    private final int[] keyOrdinals;
    private final int timeOrdinal;
    private final int[] inputOrdinals;
    private final DataType[] inputTypes;

    /**
     * One indicator to compute over each series: its parameters, its inputs from its layout's columns, and where
     * each of those columns is among the columns read ({@code columns[c]}, an index into the partition's inputs).
     */
    record Planned(String id, double[] params, InputLayout layout, int[] columns) implements java.io.Serializable {
    }

    /** {@code inputOrdinals} are the columns every call reads, read as doubles (times as epoch milliseconds). */
    SeriesPartition(List<Planned> calls, StructType schema, int[] keyOrdinals, int timeOrdinal, int[] inputOrdinals,
                    DataType[] inputTypes) {
        this.calls = List.copyOf(calls);
        this.schema = schema;
        this.keyOrdinals = keyOrdinals;
        this.timeOrdinal = timeOrdinal;
        this.inputOrdinals = inputOrdinals;
        this.inputTypes = inputTypes;
    }

    /** Reads a time value as a sortable long; NULL sorts first. */
    interface TimeReader {
        long read(InternalRow row, int ordinal);
    }

    static TimeReader timeReader(DataType t) {
        if (t == DataTypes.TimestampType || t == DataTypes.TimestampNTZType || t == DataTypes.LongType) {
            return (r, i) -> r.isNullAt(i) ? Long.MIN_VALUE : r.getLong(i);
        }
        if (t == DataTypes.DateType || t == DataTypes.IntegerType) {
            return (r, i) -> r.isNullAt(i) ? Long.MIN_VALUE : r.getInt(i);
        }
        if (t == DataTypes.DoubleType) {
            return (r, i) -> {
                if (r.isNullAt(i)) {
                    return Long.MIN_VALUE;
                }
                long bits = Double.doubleToLongBits(r.getDouble(i));
                return bits < 0 ? bits ^ Long.MAX_VALUE : bits; // orders like the doubles
            };
        }
        throw new IllegalArgumentException("time column must be timestamp, date, int, bigint or double, got "
                + t.sql());
    }

    private static double readValue(InternalRow r, int i, DataType t) {
        if (r.isNullAt(i)) {
            return Double.NaN;
        }
        if (t == DataTypes.DoubleType) {
            return r.getDouble(i);
        }
        if (t == DataTypes.FloatType) {
            return r.getFloat(i);
        }
        if (t == DataTypes.LongType) {
            return r.getLong(i);
        }
        if (t == DataTypes.IntegerType) {
            return r.getInt(i);
        }
        if (t instanceof DecimalType d) {
            return r.getDecimal(i, d.precision(), d.scale()).toDouble();
        }
        if (t == DataTypes.DateType) {
            return SeriesData.epochMillis(t, r.getInt(i));
        }
        if (SeriesData.isTimeType(t)) {
            return SeriesData.epochMillis(t, r.getLong(i));
        }
        return ((Number) r.get(i, t)).doubleValue();
    }

    @Override
    public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
        TimeReader timeReader = timeReader(schema.fields()[timeOrdinal].dataType());
        UnsafeProjection toUnsafe = UnsafeProjection.create(schema);
        UnsafeProjection keyOf = UnsafeProjection.create(CollectionConverters.asScala(Arrays.stream(keyOrdinals)
                .mapToObj(i -> (Expression) new BoundReference(i, schema.fields()[i].dataType(), true))
                .toList()).toList());
        Map<UnsafeRow, SeriesBuffer> series = new HashMap<>();
        double[] values = new double[inputOrdinals.length];
        while (rows.hasNext()) {
            InternalRow in = rows.next();
            UnsafeRow row = in instanceof UnsafeRow u ? u : toUnsafe.apply(in);
            UnsafeRow key = keyOf.apply(row);
            SeriesBuffer buffer = series.get(key);
            if (buffer == null) {
                buffer = new SeriesBuffer(inputOrdinals.length);
                series.put(key.copy(), buffer);
            }
            for (int j = 0; j < values.length; j++) {
                values[j] = readValue(row, inputOrdinals[j], inputTypes[j]);
            }
            buffer.add(row, timeReader.read(row, timeOrdinal), values);
        }
        List<SeriesBuffer> pending = new ArrayList<>(series.values());
        series.clear();
        return pending.isEmpty() ? Collections.emptyIterator() : new Emitter(pending);
    }

    /** Emits series one at a time, releasing each once emitted. */
    private final class Emitter implements Iterator<InternalRow> {
        private final Indicator[] indicators;
        private final List<SeriesBuffer> pending;
        private final int outputs;
        private final OutputType[] types;
        private final UnsafeRow stored = new UnsafeRow(schema.fields().length);
        private final AppendedRows emitter;
        private int next;
        private SeriesBuffer current;
        private int[] order;
        private double[][] result;
        private int position;

        Emitter(List<SeriesBuffer> pending) {
            this.indicators = calls.stream().map(c -> Indicators.get(c.id())).toArray(Indicator[]::new);
            this.pending = pending;
            this.types = Arrays.stream(indicators).flatMap(ind -> ind.spec().outputTypes().stream())
                    .toArray(OutputType[]::new);
            this.outputs = types.length;
            DataType[] valueTypes = new DataType[outputs];
            for (int o = 0; o < outputs; o++) {
                valueTypes[o] = TypedOutputs.elementType(types[o]);
            }
            this.emitter = new AppendedRows(schema, schema.fields().length, valueTypes);
        }

        @Override
        public boolean hasNext() {
            while (current == null || position == current.count) {
                if (next == pending.size()) {
                    return false;
                }
                current = pending.set(next++, null);
                load();
            }
            return true;
        }

        private void load() {
            int n = current.count;
            order = PrimitiveSort.order(current.time, n);
            double[][] raw = new double[current.inputs.length][n];
            for (int j = 0; j < raw.length; j++) {
                double[] src = current.inputs[j];
                for (int i = 0; i < n; i++) {
                    raw[j][i] = src[order[i]];
                }
            }
            result = new double[outputs][];
            int first = 0;
            for (int c = 0; c < indicators.length; c++) {
                Planned call = calls.get(c);
                double[][] columns = new double[call.columns().length][];
                for (int j = 0; j < columns.length; j++) {
                    columns[j] = raw[call.columns()[j]];
                }
                double[][] out = new double[indicators[c].spec().outputs().size()][n];
                try {
                    indicators[c].computeInto(call.layout().inputs(columns), call.params(), Vectorization.AUTO, out);
                } catch (IndicatorException e) {
                    if (!e.kind().isDataDependent()) {
                        throw e;
                    }
                    for (double[] r : out) {
                        Arrays.fill(r, Double.NaN); // too short or all NaN: this series gets NaN outputs
                    }
                }
                System.arraycopy(out, 0, result, first, out.length);
                first += out.length;
            }
            position = 0;
        }

        @Override
        public InternalRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int i = position++;
            current.pointTo(stored, order[i]);
            for (int o = 0; o < outputs; o++) {
                TypedOutputs.set(emitter.values(), o, types[o], result[o][i]);
            }
            return emitter.emit(stored);
        }
    }
}
