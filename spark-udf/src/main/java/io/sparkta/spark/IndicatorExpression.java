package io.sparkta.spark;

import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.memory.DoubleMemory;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.analysis.TypeCheckResult;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenContext;
import org.apache.spark.sql.catalyst.expressions.codegen.CodegenFallback;
import org.apache.spark.sql.catalyst.expressions.codegen.ExprCode;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.DataType;
import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;

/**
 * {@code ta_<id>(input arrays..., params...)}: one indicator over one series per row, as a native Catalyst
 * expression. Inputs are numeric arrays (one per input series), parameters follow in descriptor order.
 *
 * <ul>
 *   <li>NULL input array or parameter: NULL result. NULL elements inside an array count as NaN.</li>
 *   <li>A series too short or all NaN gives all-NaN outputs for that row. A bad literal parameter fails at
 *       analysis time; a column parameter whose value is invalid on a row gives NULL for that row only.</li>
 *   <li>Inputs are read in place where they are doubles without nulls in Spark's memory and the kernel runs
 *       over memory ({@link Indicator#computesInPlace}), else copied once each; real outputs are written by the kernel straight into the result arrays
 *       ({@code array<double>}); integer and boolean outputs are {@code array<int>} / {@code array<boolean>},
 *       converted in one pass with NaN (no value) as a null element.</li>
 *   <li>Within a task the result arrays are one set of buffers reused row after row, as Spark reuses a scan's
 *       row memory: whatever keeps a value past its row copies it (a projection writes it into its output row;
 *       aggregates, caches and higher-order functions copy what they keep), so a new zeroed array per row
 *       would be written once and copied at once.</li>
 * </ul>
 * Evaluated through {@link CodegenFallback}: the per-row cost is one virtual call against a whole series.
 */
public final class IndicatorExpression extends Expression implements CodegenFallback, Serializable {
    private static final long serialVersionUID = 1L;

    private final String indicatorId;
    private final Seq<Expression> args;
    private transient Indicator indicator;
    /** Input copies reused across rows of equal length (eval runs on one task thread at a time). */
    private transient double[][] inputBuffers;
    /** The result buffers of task {@link #resultsTask}, reused across its rows of equal length. */
    private transient double[][] taskResults;
    private transient long resultsTask;

    IndicatorExpression(String indicatorId, Seq<Expression> args) {
        this.indicatorId = indicatorId;
        this.args = args;
    }

    private Indicator indicator() {
        Indicator ind = indicator;
        if (ind == null) {
            ind = Indicators.get(indicatorId);
            indicator = ind;
        }
        return ind;
    }

    private int inputCount() {
        return indicator().spec().inputs().size();
    }

    @Override
    public Seq<Expression> children() {
        return args;
    }

    @Override
    public Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
        return new IndicatorExpression(indicatorId, newChildren.toList());
    }

    @Override
    public String prettyName() {
        return FunctionCatalog.sqlName(indicatorId);
    }

    @Override
    public DataType dataType() {
        return FunctionCatalog.arrayResultType(indicator().spec());
    }

    @Override
    public boolean nullable() {
        return true;
    }

    @Override
    public TypeCheckResult checkInputDataTypes() {
        return FunctionCatalog.typeCheck(indicator().spec(), jlist(args), true);
    }

    @Override
    public Object eval(InternalRow row) {
        Indicator ind = indicator();
        int inputs = inputCount();
        ArrayData[] arrays = new ArrayData[inputs];
        for (int i = 0; i < inputs; i++) {
            arrays[i] = (ArrayData) args.apply(i).eval(row);
            if (arrays[i] == null) {
                return null;
            }
        }
        double[] params;
        try {
            params = FunctionCatalog.evalParams(ind.spec(), jlist(args), inputs, row);
        } catch (IndicatorException e) {
            return rowParameterFailure(e);
        }
        if (params == null) {
            return null;
        }
        int n = arrays[0].numElements();
        int outs = ind.spec().outputs().size();
        double[][] buffers = resultBuffers(outs, n);
        int offset = SeriesData.headerSlots(n);
        try {
            if (ind.computesInPlace(params) && sameLength(arrays, n)) {
                computeInPlace(ind, arrays, n, params, buffers, offset);
            } else {
                ind.computeInto(copies(arrays), params, Vectorization.AUTO, buffers, offset);
            }
        } catch (IndicatorException e) {
            if (e.kind() == ErrorKind.INVALID_PARAMETER) {
                return rowParameterFailure(e); // parameters valid one by one, not together
            }
            if (!e.kind().isDataDependent()) {
                throw e;
            }
            for (double[] b : buffers) {
                Arrays.fill(b, offset, b.length, Double.NaN); // this series is too short or has no valid value
            }
        }
        List<OutputType> types = ind.spec().outputTypes();
        if (outs == 1) {
            return TypedOutputs.array(types.get(0), buffers[0], offset, n);
        }
        Object[] fields = new Object[outs];
        for (int o = 0; o < outs; o++) {
            fields[o] = TypedOutputs.array(types.get(o), buffers[o], offset, n);
        }
        return new GenericInternalRow(fields);
    }

    /**
     * Buffers for a row's results: within a Spark task, the task's buffers, reused row after row (see the class
     * comment for why that is safe); else (evaluation on the driver, possibly on several threads at once) new
     * ones.
     */
    private double[][] resultBuffers(int outs, int n) {
        TaskContext task = TaskContext.get();
        if (task == null) {
            return newBuffers(outs, n);
        }
        if (taskResults == null || resultsTask != task.taskAttemptId()
                || taskResults[0].length != SeriesData.headerSlots(n) + n) {
            taskResults = newBuffers(outs, n);
            resultsTask = task.taskAttemptId();
        }
        return taskResults;
    }

    private static double[][] newBuffers(int outs, int n) {
        double[][] buffers = new double[outs][];
        for (int o = 0; o < outs; o++) {
            buffers[o] = SeriesData.newBuffer(n);
        }
        return buffers;
    }

    /** The inputs as arrays the kernels take. */
    private double[][] copies(ArrayData[] arrays) {
        double[][] series = new double[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            series[i] = copy(i, arrays[i]);
        }
        return series;
    }

    /** Input i copied into a buffer reused across rows of equal length. */
    private double[] copy(int i, ArrayData a) {
        if (inputBuffers == null) {
            inputBuffers = new double[inputCount()][];
        }
        inputBuffers[i] = SeriesData.toDoubles(a, args.apply(i).dataType(), inputBuffers[i]);
        return inputBuffers[i];
    }

    /**
     * The kernel over memory: inputs read where Spark keeps them when they can be ({@link SeriesData#inPlace}),
     * the others copied once; outputs written into the result buffers after their array headers.
     */
    private void computeInPlace(Indicator ind, ArrayData[] arrays, int n, double[] params, double[][] buffers,
                                int offset) {
        DoubleMemory[] in = new DoubleMemory[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            in[i] = SeriesData.inPlace(arrays[i], args.apply(i).dataType());
            if (in[i] == null) {
                in[i] = DoubleMemory.of(copy(i, arrays[i]), 0, 0, n);
            }
        }
        DoubleMemory[] out = new DoubleMemory[buffers.length];
        for (int o = 0; o < buffers.length; o++) {
            out[o] = DoubleMemory.of(buffers[o], offset, 0, n);
        }
        ind.computeInto(in, n, params, Vectorization.AUTO, out);
    }

    /** Whether every input has n values (else the array call reports the mismatch as it always has). */
    private static boolean sameLength(ArrayData[] arrays, int n) {
        for (ArrayData a : arrays) {
            if (a.numElements() != n) {
                return false;
            }
        }
        return true;
    }

    /**
     * NULL for a row whose column parameters are invalid (one bad row must not fail the job); rethrows when
     * every parameter is a literal (checked at analysis, so a failure here is real).
     */
    private Object rowParameterFailure(IndicatorException e) {
        if (FunctionCatalog.constantParams(indicator().spec(), jlist(args))) {
            throw e;
        }
        return null;
    }

    @Override
    public ExprCode doGenCode(CodegenContext ctx, ExprCode ev) {
        return CodegenFallback.super.doGenCode(ctx, ev);
    }

    static List<Expression> jlist(Seq<Expression> seq) {
        return scala.jdk.javaapi.CollectionConverters.asJava(seq);
    }

    @Override
    public int productArity() {
        return 2;
    }

    @Override
    public Object productElement(int n) {
        return n == 0 ? indicatorId : args;
    }

    @Override
    public boolean canEqual(Object that) {
        return that instanceof IndicatorExpression;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorExpression e && e.indicatorId.equals(indicatorId) && e.args.equals(args);
    }

    @Override
    public int hashCode() {
        return indicatorId.hashCode() * 31 + args.hashCode();
    }
}
