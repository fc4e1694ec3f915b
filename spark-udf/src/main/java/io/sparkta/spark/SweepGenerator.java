package io.sparkta.spark;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamGrid;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.analysis.TypeCheckResult;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import scala.collection.IterableOnce;
import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code ta_sweep('alma', 'period=5:50:1,offset=0.85', close)}: the SQL form of a sweep, a generator giving one
 * row per combo for each input row (one series per row): a column per parameter and an array per output
 * ({@code array<double>}, or {@code array<int>} / {@code array<boolean>} with nulls for integer and boolean
 * outputs). A parameter named alone in the grid ({@code 'period'}) sweeps its default range.
 * <pre>{@code SELECT symbol, s.* FROM series LATERAL VIEW ta_sweep('alma', 'period=5:50:1', closes) s}</pre>
 * Each row's whole grid is computed in its own task; {@link Sweep} splits big grids across tasks.
 */
public final class SweepGenerator extends GeneratorBase {
    private static final long serialVersionUID = 1L;
    static final String NAME = "ta_sweep";

    private transient Indicator indicator;
    private transient ParamGrid grid;

    SweepGenerator(Seq<Expression> args) {
        super(args);
    }

    private Indicator indicator() {
        if (indicator == null) {
            indicator = Indicators.get(constant(0));
        }
        return indicator;
    }

    private ParamGrid grid() {
        if (grid == null) {
            grid = ParamGrid.parse(indicator().spec(), constant(1));
        }
        return grid;
    }

    @Override
    public TypeCheckResult checkInputDataTypes() {
        List<Expression> a = argList();
        if (a.size() < 3) {
            return fail(NAME + "(indicator, grid, inputs...) needs an indicator id, a grid and the input arrays");
        }
        TypeCheckResult bad = requireConstantString(0, "the indicator id");
        if (bad == null) {
            bad = requireConstantString(1, "the grid");
        }
        if (bad != null) {
            return bad;
        }
        try {
            IndicatorSpec spec = indicator().spec();
            if (a.size() - 2 != spec.inputs().size()) {
                return fail(NAME + ": " + spec.id() + " needs " + spec.inputs().size() + " input arrays ("
                        + FunctionCatalog.inputsText(spec) + "), got " + (a.size() - 2));
            }
            for (int i = 2; i < a.size(); i++) {
                DataType t = a.get(i).dataType();
                boolean times = FunctionCatalog.isTimeInput(spec, i - 2);
                if (!SeriesData.isSeriesType(t) && !(times && SeriesData.isTimeSeriesType(t))) {
                    return fail(NAME + ": input '" + FunctionCatalog.inputNames(spec).get(i - 2)
                            + "' must be an array of numbers" + (times ? " or times" : "") + ", got " + t.sql());
                }
            }
            grid().combos(0, 1);
        } catch (IllegalArgumentException e) {
            return fail(NAME + ": " + e.getMessage());
        }
        return success();
    }

    @Override
    public StructType elementSchema() {
        return Sweep.resultSchema(indicator().spec(), List.of());
    }

    @Override
    public IterableOnce<InternalRow> eval(InternalRow row) {
        IndicatorSpec spec = indicator().spec();
        List<Expression> a = argList();
        int inputs = spec.inputs().size();
        double[][] series = new double[inputs][];
        List<InternalRow> out = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            ArrayData arr = (ArrayData) a.get(2 + i).eval(row);
            if (arr == null) {
                return CollectionConverters.asScala(out);
            }
            series[i] = SeriesData.toDoubles(arr, a.get(2 + i).dataType());
        }
        if (series[0].length == 0) {
            return CollectionConverters.asScala(out);
        }
        SweepChunk chunk;
        try {
            chunk = new SweepChunk(indicator(), series, grid().combos());
        } catch (IndicatorException e) {
            throw new IllegalArgumentException(NAME + ": " + e.getMessage(), e);
        }
        int params = spec.params().size(), outs = spec.outputs().size();
        for (int r = 0; r < chunk.combos.length; r++) {
            Object[] fields = new Object[params + outs];
            for (int j = 0; j < params; j++) {
                fields[j] = Sweep.paramValue(spec.params().get(j), chunk.combos[r][j]);
            }
            for (int o = 0; o < outs; o++) {
                fields[params + o] = TypedOutputs.array(spec.outputTypes().get(o), chunk.matrix(o), chunk.start(r),
                        chunk.n);
            }
            out.add(new GenericInternalRow(fields));
        }
        return CollectionConverters.asScala(out);
    }

    @Override
    public String prettyName() {
        return NAME;
    }

    @Override
    public Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
        return new SweepGenerator(newChildren.toList());
    }
}
