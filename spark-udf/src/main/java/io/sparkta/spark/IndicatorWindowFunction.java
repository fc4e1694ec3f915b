package io.sparkta.spark;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.analysis.TypeCheckResult;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.aggregate.ImperativeAggregate;
import org.apache.spark.sql.catalyst.expressions.aggregate.TypedImperativeAggregate;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Decimal;
import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;

/**
 * The window form, {@code ta_<id>(column, ..., params) OVER (PARTITION BY key ORDER BY time)}: the frame
 * Spark uses for an ordered window (unbounded preceding to the current row) feeds each row once to the
 * indicator's stream, so each row costs O(1) for recursive indicators (O(period) for windowed sums such as
 * ALMA's), and the values equal the array form over the same ordered series. NULL inputs count as NaN; a
 * {@code timestamp} input may be a timestamp or date column (read as epoch milliseconds). The result is a
 * double, int or boolean per output (a struct for several), an int or boolean being null where it has no value.
 *
 * <p>Parameters may be columns that hold one value per partition (a per-symbol period, say): the stream runs
 * with the first row's values. A row whose parameters are NULL, invalid, or differ from the first row's gives
 * NULL; when the first row's are NULL or invalid, every row of the partition does.
 *
 * <p>{@link WindowFormCheck} refuses, at analysis time, any use other than a running ordered window (without
 * ORDER BY, or with another frame, Spark would hand the function rows the stream cannot honour) and any use
 * without OVER.
 */
public final class IndicatorWindowFunction extends TypedImperativeAggregate<IndicatorWindowFunction.State>
        implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String indicatorId;
    private final Seq<Expression> args;
    private final int mutableOffset;
    private final int inputOffset;
    private transient Indicator indicator;
    /** The literal parameters' values, once evaluated; null while unknown or where a parameter is a column. */
    private transient double[] constantParams;
    /** Whether every parameter is a literal; null until asked. */
    private transient Boolean literalParams;
    private transient DataType[] timeTypes;

    IndicatorWindowFunction(String indicatorId, Seq<Expression> args, int mutableOffset, int inputOffset) {
        this.indicatorId = indicatorId;
        this.args = args;
        this.mutableOffset = mutableOffset;
        this.inputOffset = inputOffset;
    }

    /**
     * The running stream of one partition, with its reusable bar and output buffers. The stream starts with
     * the parameters of the partition's first row; {@code params} is null where they are NULL or invalid.
     */
    static final class State {
        final double[] bar;
        final double[] out;
        boolean started;
        double[] params;
        IndicatorStream stream;
        /** Whether the last row's parameters were those the stream runs with (else its value is NULL). */
        boolean rowValid;

        State(int inputs, int outputs) {
            this.bar = new double[inputs];
            this.out = new double[outputs];
            java.util.Arrays.fill(out, Double.NaN);
        }
    }

    private Indicator indicator() {
        Indicator ind = indicator;
        if (ind == null) {
            ind = Indicators.get(indicatorId);
            indicator = ind;
        }
        return ind;
    }

    private List<Expression> argList() {
        return IndicatorExpression.jlist(args);
    }

    @Override
    public State createAggregationBuffer() {
        IndicatorSpec spec = indicator().spec();
        return new State(spec.inputs().size(), spec.outputs().size());
    }

    @Override
    public State update(State state, InternalRow row) {
        double[] rowParams = rowParams(row);
        if (!state.started) {
            state.started = true;
            state.params = rowParams;
            state.stream = rowParams == null ? null : startStream(rowParams);
        }
        state.rowValid = state.stream != null && java.util.Arrays.equals(rowParams, state.params);
        if (state.stream == null) {
            return state;
        }
        DataType[] types = inputTypes();
        for (int i = 0; i < state.bar.length; i++) {
            Object v = args.apply(i).eval(row);
            state.bar[i] = v == null ? Double.NaN
                    : types[i] != null ? SeriesData.epochMillis(types[i], ((Number) v).longValue())
                    : v instanceof Number num ? num.doubleValue() : ((Decimal) v).toDouble();
        }
        state.stream.update(state.bar, state.out);
        return state;
    }

    /**
     * The row's parameters: the literals' values (evaluated once), or the column parameters' values on this
     * row; null where one is NULL or invalid, so that a bad row gives NULL instead of failing the job.
     */
    private double[] rowParams(InternalRow row) {
        if (constantParams != null) {
            return constantParams;
        }
        IndicatorSpec spec = indicator().spec();
        try {
            double[] p = FunctionCatalog.evalParams(spec, argList(), spec.inputs().size(), row);
            if (p != null && literalParams()) {
                constantParams = p;
            }
            return p;
        } catch (IndicatorException e) {
            return nullUnlessLiteral(e);
        }
    }

    private IndicatorStream startStream(double[] p) {
        try {
            return indicator().stream(p);
        } catch (IndicatorException e) {
            return nullUnlessLiteral(e);
        }
    }

    /** Null for a failure of column parameters; rethrows where all are literals (checked at analysis, so real). */
    private <T> T nullUnlessLiteral(IndicatorException e) {
        if (literalParams()) {
            throw e;
        }
        return null;
    }

    private boolean literalParams() {
        Boolean literal = literalParams;
        if (literal == null) {
            literal = FunctionCatalog.constantParams(indicator().spec(), argList());
            literalParams = literal;
        }
        return literal;
    }

    /** Per input, its type where it holds times (read as epoch milliseconds), else null. */
    private DataType[] inputTypes() {
        DataType[] t = timeTypes;
        if (t == null) {
            t = new DataType[indicator().spec().inputs().size()];
            for (int i = 0; i < t.length; i++) {
                DataType type = args.apply(i).dataType();
                t[i] = SeriesData.isTimeType(type) ? type : null;
            }
            timeTypes = t;
        }
        return t;
    }

    @Override
    public State merge(State buffer, State input) {
        throw needsOrderedWindow();
    }

    @Override
    public Object eval(State state) {
        if (!state.rowValid) {
            return null;
        }
        List<OutputType> types = indicator().spec().outputTypes();
        if (state.out.length == 1) {
            return TypedOutputs.value(types.get(0), state.out[0]);
        }
        Object[] fields = new Object[state.out.length];
        for (int o = 0; o < fields.length; o++) {
            fields[o] = TypedOutputs.value(types.get(o), state.out[o]);
        }
        return new GenericInternalRow(fields);
    }

    @Override
    public byte[] serialize(State state) {
        throw needsOrderedWindow();
    }

    @Override
    public State deserialize(byte[] bytes) {
        throw needsOrderedWindow();
    }

    private UnsupportedOperationException needsOrderedWindow() {
        // reached only in sessions without SparktaExtensions, whose WindowFormCheck refuses this at analysis
        return new UnsupportedOperationException(WindowFormCheck.withoutOver(this));
    }

    @Override
    public TypeCheckResult checkInputDataTypes() {
        return FunctionCatalog.typeCheck(indicator().spec(), argList(), false);
    }

    @Override
    public String prettyName() {
        return FunctionCatalog.sqlName(indicatorId);
    }

    @Override
    public DataType dataType() {
        return FunctionCatalog.windowResultType(indicator().spec());
    }

    @Override
    public boolean nullable() {
        return true; // a row with a NULL or invalid parameter gives NULL
    }

    @Override
    public Seq<Expression> children() {
        return args;
    }

    @Override
    public Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
        return new IndicatorWindowFunction(indicatorId, newChildren.toList(), mutableOffset, inputOffset);
    }

    @Override
    public int mutableAggBufferOffset() {
        return mutableOffset;
    }

    @Override
    public ImperativeAggregate withNewMutableAggBufferOffset(int offset) {
        return new IndicatorWindowFunction(indicatorId, args, offset, inputOffset);
    }

    @Override
    public int inputAggBufferOffset() {
        return inputOffset;
    }

    @Override
    public ImperativeAggregate withNewInputAggBufferOffset(int offset) {
        return new IndicatorWindowFunction(indicatorId, args, mutableOffset, offset);
    }

    @Override
    public int productArity() {
        return 4;
    }

    @Override
    public Object productElement(int n) {
        switch (n) {
            case 0: return indicatorId;
            case 1: return args;
            case 2: return mutableOffset;
            default: return inputOffset;
        }
    }

    @Override
    public boolean canEqual(Object that) {
        return that instanceof IndicatorWindowFunction;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorWindowFunction f && f.indicatorId.equals(indicatorId) && f.args.equals(args)
                && f.mutableOffset == mutableOffset && f.inputOffset == inputOffset;
    }

    @Override
    public int hashCode() {
        return (indicatorId.hashCode() * 31 + args.hashCode()) * 31 + mutableOffset * 7 + inputOffset;
    }
}
