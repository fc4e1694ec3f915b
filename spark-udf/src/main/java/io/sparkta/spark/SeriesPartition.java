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

    private final String indicatorId;
    private final double[] params;
    private final StructType schema;
    private final int[] keyOrdinals;
    private final int timeOrdinal;
    private final int[] inputOrdinals;
    private final DataType[] inputTypes;
    private final InputLayout layout;

    /** {@code inputOrdinals} are the columns of {@code layout}, read as doubles (times as epoch milliseconds). */
    SeriesPartition(String indicatorId, double[] params, StructType schema, int[] keyOrdinals, int timeOrdinal,
                    int[] inputOrdinals, DataType[] inputTypes, InputLayout layout) {
        this.indicatorId = indicatorId;
        this.params = params;
        this.schema = schema;
        this.keyOrdinals = keyOrdinals;
        this.timeOrdinal = timeOrdinal;
        this.inputOrdinals = inputOrdinals;
        this.inputTypes = inputTypes;
        this.layout = layout;
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
        Indicator ind = Indicators.get(indicatorId);
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
        return pending.isEmpty() ? Collections.emptyIterator() : new Emitter(ind, pending);
    }

    /** Emits series one at a time, releasing each once emitted. */
    private final class Emitter implements Iterator<InternalRow> {
        private final Indicator ind;
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

        Emitter(Indicator ind, List<SeriesBuffer> pending) {
            this.ind = ind;
            this.pending = pending;
            this.outputs = ind.spec().outputs().size();
            this.types = ind.spec().outputTypes().toArray(OutputType[]::new);
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
            double[][] in = layout.inputs(raw);
            result = new double[outputs][n];
            try {
                ind.computeInto(in, params, Vectorization.AUTO, result);
            } catch (IndicatorException e) {
                if (!e.kind().isDataDependent()) {
                    throw e;
                }
                for (double[] r : result) {
                    Arrays.fill(r, Double.NaN); // too short or all NaN: this series gets NaN outputs
                }
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
