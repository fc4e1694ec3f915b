package io.sparkta.spark;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.backtest.Crossover;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.analysis.TypeCheckResult;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SpecificInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.IterableOnce;
import scala.collection.immutable.IndexedSeq;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * {@code ta_backtest(prices, 'alma', 'period=5:30:1', 'sma', 'period=20:200:5' [, 'long' | 'longshort'
 * [, bars_per_year]])}: crossover backtests of every fast and slow combo pair over the series of each row, one
 * row per pair with {@code fast_*}, {@code slow_*} parameters and the metrics of {@link Crossover}.
 */
public final class BacktestGenerator extends GeneratorBase {
    private static final long serialVersionUID = 1L;
    static final String NAME = "ta_backtest";

    BacktestGenerator(Seq<Expression> args) {
        super(args);
    }

    private IndicatorSpec fast() {
        return Backtest.average("fast", constant(1));
    }

    private IndicatorSpec slow() {
        return Backtest.average("slow", constant(3));
    }

    private boolean longShort() {
        if (argList().size() < 6) {
            return false;
        }
        String mode = constant(5).toLowerCase(Locale.ROOT);
        if (!mode.equals("long") && !mode.equals("longshort")) {
            throw new IllegalArgumentException(NAME + ": mode must be 'long' or 'longshort', got '" + mode + "'");
        }
        return mode.equals("longshort");
    }

    private double barsPerYear() {
        return argList().size() < 7 ? 252 : ((Number) argList().get(6).eval(null)).doubleValue();
    }

    @Override
    public TypeCheckResult checkInputDataTypes() {
        List<Expression> a = argList();
        if (a.size() < 5 || a.size() > 7) {
            return fail(NAME + "(prices, fast_id, fast_grid, slow_id, slow_grid [, mode [, bars_per_year]]) takes 5 "
                    + "to 7 arguments, got " + a.size());
        }
        if (!SeriesData.isSeriesType(a.get(0).dataType())) {
            return fail(NAME + ": prices must be an array of numbers, got " + a.get(0).dataType().sql());
        }
        for (int i = 1; i < Math.min(a.size(), 6); i++) {
            TypeCheckResult bad = requireConstantString(i, "argument " + (i + 1));
            if (bad != null) {
                return bad;
            }
        }
        if (a.size() == 7 && (!a.get(6).foldable() || !(a.get(6).dataType() instanceof NumericType))) {
            return fail(NAME + ": bars_per_year must be a constant number");
        }
        try {
            ParamGrid.parse(fast(), constant(2)).combos(0, 1);
            ParamGrid.parse(slow(), constant(4)).combos(0, 1);
            longShort();
            if (!(barsPerYear() > 0)) {
                return fail(NAME + ": bars_per_year must be positive, got " + barsPerYear());
            }
        } catch (IllegalArgumentException e) {
            return fail(NAME + ": " + e.getMessage());
        }
        return success();
    }

    @Override
    public StructType elementSchema() {
        return Backtest.resultSchema(fast(), slow(), List.of());
    }

    @Override
    public IterableOnce<InternalRow> eval(InternalRow row) {
        List<InternalRow> out = new ArrayList<>();
        ArrayData a = (ArrayData) argList().get(0).eval(row);
        if (a == null || a.numElements() == 0) {
            return CollectionConverters.asScala(out);
        }
        double[][] in = {SeriesData.toDoubles(a, argList().get(0).dataType())};
        IndicatorSpec f = fast(), s = slow();
        SweepChunk fastRows = new SweepChunk(Indicators.get(f.id()), in, ParamGrid.parse(f, constant(2)).combos());
        SweepChunk slowRows = new SweepChunk(Indicators.get(s.id()), in, ParamGrid.parse(s, constant(4)).combos(), 1, 0);
        Seq<DataType> types = CollectionConverters.asScala(java.util.Arrays.stream(elementSchema().fields())
                .map(StructField::dataType).toList()).toList();
        boolean longShort = longShort();
        double bars = barsPerYear();
        double[] metrics = new double[Crossover.METRICS.length];
        for (int i = 0; i < fastRows.combos.length; i++) {
            for (int j = 0; j < slowRows.combos.length; j++) {
                Crossover.evaluate(in[0], fastRows.matrix(0), fastRows.start(i), slowRows.matrix(0), slowRows.start(j),
                        longShort, bars, metrics);
                SpecificInternalRow values = new SpecificInternalRow(types); // one per row: the rows are collected
                Backtest.fill(values, f, fastRows.combos[i], s, slowRows.combos[j], metrics, 0);
                out.add(values);
            }
        }
        return CollectionConverters.asScala(out);
    }

    @Override
    public String prettyName() {
        return NAME;
    }

    @Override
    public Expression withNewChildrenInternal(IndexedSeq<Expression> newChildren) {
        return new BacktestGenerator(newChildren.toList());
    }
}
