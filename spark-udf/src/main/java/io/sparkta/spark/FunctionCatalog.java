package io.sparkta.spark;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.ParamType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.analysis.SimpleFunctionRegistryBase;
import org.apache.spark.sql.catalyst.analysis.TypeCheckResult;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.catalyst.expressions.Literal$;
import org.apache.spark.sql.catalyst.expressions.NamedArgumentExpression;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.unsafe.types.UTF8String;
import scala.Option;
import scala.Tuple3;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Derives every SQL function from the indicator descriptors: its name ({@code ta_<id>}), signature,
 * {@code DESCRIBE FUNCTION} text, argument checks and builder. No indicator has Spark code of its own.
 *
 * <p>One name serves two forms, chosen by the type of the first argument: arrays give the array form
 * ({@link IndicatorExpression}, one series per row); plain numbers give the window form
 * ({@link IndicatorWindowFunction}, {@code ta_alma(close, 9) OVER (PARTITION BY symbol ORDER BY ts)}).
 */
public final class FunctionCatalog {
    static final String PREFIX = "ta_";

    private FunctionCatalog() {
    }

    public static String sqlName(String id) {
        return PREFIX + id;
    }

    /**
     * Registers every indicator function in an existing session (for sessions built without the extension).
     * Such a session lacks {@link WindowFormCheck}: a window form without a running ordered window is then
     * refused only at run time, or not at all.
     */
    public static void register(SparkSession spark) {
        @SuppressWarnings("unchecked")
        SimpleFunctionRegistryBase<Expression> registry =
                (SimpleFunctionRegistryBase<Expression>) spark.sessionState().functionRegistry();
        register(registry);
    }

    /** The same unqualified registration the extension path performs (registerFunction wants 3-part names). */
    static void register(SimpleFunctionRegistryBase<Expression> registry) {
        for (Tuple3<FunctionIdentifier, ExpressionInfo, scala.Function1<Seq<Expression>, Expression>> f : functions()) {
            registry.internalRegisterFunction(f._1(), f._2(), f._3());
        }
    }

    /** Injects every function into a session being built (used by {@link SparktaExtensions}). */
    static void inject(SparkSessionExtensions extensions) {
        functions().forEach(extensions::injectFunction);
    }

    /** Every function: one {@code ta_<id>} per indicator, and {@code ta_sweep}. */
    static List<Tuple3<FunctionIdentifier, ExpressionInfo, scala.Function1<Seq<Expression>, Expression>>> functions() {
        List<Tuple3<FunctionIdentifier, ExpressionInfo, scala.Function1<Seq<Expression>, Expression>>> all =
                new ArrayList<>();
        for (Indicator ind : Indicators.all()) {
            all.add(new Tuple3<>(identifier(sqlName(ind.id())), info(ind.spec()), builder(ind.spec())));
        }
        all.add(new Tuple3<>(identifier(SweepGenerator.NAME), sweepInfo(), new GeneratorBuilder(false)));
        all.add(new Tuple3<>(identifier(BacktestGenerator.NAME), backtestInfo(), new GeneratorBuilder(true)));
        return all;
    }

    private static FunctionIdentifier identifier(String name) {
        return new FunctionIdentifier(name, Option.empty(), Option.empty());
    }

    private static final class GeneratorBuilder extends scala.runtime.AbstractFunction1<Seq<Expression>, Expression>
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final boolean backtest;

        GeneratorBuilder(boolean backtest) {
            this.backtest = backtest;
        }

        @Override
        public Expression apply(Seq<Expression> args) {
            return backtest ? new BacktestGenerator(args) : new SweepGenerator(args);
        }
    }

    private static ExpressionInfo backtestInfo() {
        String usage = "_FUNC_(prices, fast_id, fast_grid, slow_id, slow_grid [, mode [, bars_per_year]]) - "
                + "Moving-average crossover backtests of every fast/slow combo pair over the series of each row: "
                + "one row per pair with fast_* and slow_* parameters, total_return, sharpe, max_drawdown, trades "
                + "and exposure.";
        String args = "\n    Arguments:\n"
                + "      * prices - the price array\n"
                + "      * fast_id, slow_id - single-series averages such as 'alma' or 'sma'\n"
                + "      * fast_grid, slow_grid - grids as in ta_sweep\n"
                + "      * mode - 'long' (long/flat, default) or 'longshort'\n"
                + "      * bars_per_year - for the annualised Sharpe ratio; default 252\n  ";
        String examples = "\n    Examples:\n      > SELECT symbol, b.* FROM series LATERAL VIEW "
                + "_FUNC_(closes, 'alma', 'period=5:30:5', 'sma', 'period=20:100:20') b;\n  ";
        return new ExpressionInfo(BacktestGenerator.class.getName(), null, BacktestGenerator.NAME, usage, args,
                examples, "", "generator_funcs", "0.1.0", "", "java_udf");
    }

    private static ExpressionInfo sweepInfo() {
        String usage = "_FUNC_(indicator, grid, inputs...) - A parameter sweep of one indicator over the series of "
                + "each row: one row per combo, with a column per parameter and an array per output.";
        String args = "\n    Arguments:\n"
                + "      * indicator - an indicator id such as 'alma' (see ta_<id> functions)\n"
                + "      * grid - 'name=start:end:step', 'name=v1;v2' or 'name=value', comma-separated; "
                + "parameters not named keep their defaults\n"
                + "      * inputs - one numeric array per input series of the indicator\n  ";
        String examples = "\n    Examples:\n"
                + "      > SELECT symbol, s.* FROM series LATERAL VIEW _FUNC_('alma', 'period=5:50:1', closes) s;\n  ";
        return new ExpressionInfo(SweepGenerator.class.getName(), null, SweepGenerator.NAME, usage, args, examples,
                "", "generator_funcs", "0.1.0", "", "java_udf");
    }

    static scala.Function1<Seq<Expression>, Expression> builder(IndicatorSpec spec) {
        return new SerializableBuilder(spec.id());
    }

    /** The builder Spark calls with the (resolved) arguments. */
    private static final class SerializableBuilder extends scala.runtime.AbstractFunction1<Seq<Expression>, Expression>
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final String id;

        SerializableBuilder(String id) {
            this.id = id;
        }

        @Override
        public Expression apply(Seq<Expression> given) {
            IndicatorSpec spec = Indicators.get(id).spec();
            List<Expression> args = bindArguments(spec, CollectionConverters.asJava(given));
            Seq<Expression> seq = CollectionConverters.asScala(args).toList();
            boolean arrayForm = args.get(0).resolved() && args.get(0).dataType() instanceof ArrayType;
            return arrayForm ? new IndicatorExpression(id, seq) : new IndicatorWindowFunction(id, seq, 0, 0);
        }
    }

    /**
     * Puts positional and named ({@code period => 9}) arguments in descriptor order and appends the defaults
     * of trailing parameters that were not given.
     */
    static List<Expression> bindArguments(IndicatorSpec spec, List<Expression> given) {
        int inputs = spec.inputs().size();
        int total = inputs + spec.params().size();
        Expression[] bound = new Expression[total];
        int position = 0;
        boolean named = false;
        for (Expression e : given) {
            if (e instanceof NamedArgumentExpression na) {
                named = true;
                int p = spec.paramIndex(na.key());
                if (p < 0) {
                    throw error(spec, "unknown parameter '" + na.key() + "' (valid: " + paramNames(spec) + ")");
                }
                if (bound[inputs + p] != null) {
                    throw error(spec, "parameter '" + na.key() + "' given twice");
                }
                bound[inputs + p] = na.value();
            } else {
                if (named) {
                    throw error(spec, "positional arguments must come before named ones");
                }
                if (position >= total) {
                    throw error(spec, "takes at most " + total + " arguments (" + signature(spec) + "), got "
                            + given.size());
                }
                bound[position++] = e;
            }
        }
        for (int i = 0; i < inputs; i++) {
            if (bound[i] == null) {
                throw error(spec, "needs " + inputs + " input series: " + inputsText(spec) + " (" + signature(spec) + ")");
            }
        }
        List<Expression> out = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            if (bound[i] == null) {
                ParamSpec p = spec.params().get(i - inputs);
                bound[i] = defaultLiteral(p);
            }
            out.add(bound[i]);
        }
        return out;
    }

    private static Expression defaultLiteral(ParamSpec p) {
        double d = p.defaultValue();
        Object v = p.type() == ParamType.CHOICE ? p.format(d) : p.type() == ParamType.INT ? (Object) (int) d : d;
        return Literal$.MODULE$.apply(v);
    }

    /** {@link #checkArguments} as Catalyst's type-check result, for both forms' expressions. */
    static TypeCheckResult typeCheck(IndicatorSpec spec, List<Expression> args, boolean arrayForm) {
        String problem = checkArguments(spec, args, arrayForm);
        return problem == null ? TypeCheckResult.TypeCheckSuccess$.MODULE$ : new TypeCheckResult.TypeCheckFailure(problem);
    }

    /**
     * Checks argument types and literal parameter values; returns a message naming the function, the
     * parameter, the value and the valid range, or null when all is well.
     */
    static String checkArguments(IndicatorSpec spec, List<Expression> args, boolean arrayForm) {
        if (!arrayForm && spec.lookahead() != null) {
            return sqlName(spec.id()) + " has no window form: its value at a row depends on the next '"
                    + spec.lookahead().name() + "' rows, which a window frame ending at the current row does not "
                    + "hold; pass arrays (one series per row) for the array form";
        }
        int inputs = spec.inputs().size();
        for (int i = 0; i < inputs; i++) {
            DataType t = args.get(i).dataType();
            boolean times = isTimeInput(spec, i);
            boolean ok = arrayForm ? SeriesData.isSeriesType(t) || times && SeriesData.isTimeSeriesType(t)
                    : t instanceof NumericType || times && SeriesData.isTimeType(t);
            if (!ok) {
                return sqlName(spec.id()) + ": input '" + inputNames(spec).get(i) + "' must be "
                        + (arrayForm ? "an array of numbers" : "a number") + (times ? " or times" : "") + ", got "
                        + t.sql();
            }
        }
        for (int j = 0; j < spec.params().size(); j++) {
            Expression e = args.get(inputs + j);
            ParamSpec p = spec.params().get(j);
            boolean ok = p.type() == ParamType.CHOICE ? e.dataType() instanceof StringType
                    : e.dataType() instanceof NumericType;
            if (!ok) {
                return sqlName(spec.id()) + ": parameter '" + p.name() + "' must be "
                        + (p.type() == ParamType.CHOICE ? "a string" : "a number") + ", got " + e.dataType().sql();
            }
            if (e.foldable()) {
                Object v = e.eval(null);
                if (v != null) {
                    try {
                        paramValue(spec, p, v);
                    } catch (IndicatorException ex) {
                        return PREFIX + ex.getMessage();
                    }
                }
            }
        }
        return null;
    }

    /** Whether input i holds bar times (a fixed {@code timestamp} column), which may be Spark times. */
    static boolean isTimeInput(IndicatorSpec spec, int i) {
        return spec.inputs().get(i).equals("timestamp") && !(i == 0 && spec.sourceSelectable());
    }

    /** Whether every parameter is a literal (foldable), so that its values were checked at analysis time. */
    static boolean constantParams(IndicatorSpec spec, List<Expression> args) {
        int inputs = spec.inputs().size();
        return args.subList(inputs, args.size()).stream().allMatch(Expression::foldable);
    }

    /** Evaluates the parameters for one row; null when any is NULL. Throws on an invalid value. */
    static double[] evalParams(IndicatorSpec spec, List<Expression> args, int offset, InternalRow row) {
        double[] values = new double[spec.params().size()];
        for (int j = 0; j < values.length; j++) {
            Object v = args.get(offset + j).eval(row);
            if (v == null) {
                return null;
            }
            values[j] = paramValue(spec, spec.params().get(j), v);
        }
        return values;
    }

    private static double paramValue(IndicatorSpec spec, ParamSpec p, Object v) {
        if (p.type() == ParamType.CHOICE) {
            return p.parse(spec.id(), v.toString());
        }
        double d = v instanceof Number num ? num.doubleValue() : v instanceof Decimal dec ? dec.toDouble()
                : Double.parseDouble(v.toString());
        p.validate(spec.id(), d);
        return d;
    }

    /** The array form's type: an array per output (of double, int or boolean), a struct of them for several. */
    static DataType arrayResultType(IndicatorSpec spec) {
        return resultType(spec, true);
    }

    /** The window form's type: one value per output (double, int or boolean), a struct of them for several. */
    static DataType windowResultType(IndicatorSpec spec) {
        return resultType(spec, false);
    }

    private static DataType resultType(IndicatorSpec spec, boolean arrays) {
        List<OutputType> types = spec.outputTypes();
        if (types.size() == 1) {
            return arrays ? TypedOutputs.arrayType(types.get(0)) : TypedOutputs.elementType(types.get(0));
        }
        StructField[] fields = new StructField[types.size()];
        for (int o = 0; o < fields.length; o++) {
            OutputType t = types.get(o);
            fields[o] = new StructField(spec.outputs().get(o), arrays ? TypedOutputs.arrayType(t)
                    : TypedOutputs.elementType(t), !arrays && TypedOutputs.nullable(t),
                    org.apache.spark.sql.types.Metadata.empty());
        }
        return DataTypes.createStructType(fields);
    }

    static String signature(IndicatorSpec spec) {
        return sqlName(spec.id()) + "(" + inputsText(spec) + (spec.params().isEmpty() ? "" : ", ")
                + spec.params().stream().map(p -> p.name() + " = " + p.format(p.defaultValue()))
                        .collect(Collectors.joining(", ")) + ")";
    }

    private static String paramNames(IndicatorSpec spec) {
        return spec.params().stream().map(ParamSpec::name).collect(Collectors.joining(", "));
    }

    private static IllegalArgumentException error(IndicatorSpec spec, String message) {
        return new IllegalArgumentException(sqlName(spec.id()) + ": " + message);
    }

    /**
     * The names of the inputs as the SQL functions show them: a selectable first input is {@code source}, the
     * others are the candle columns they read.
     */
    static List<String> inputNames(IndicatorSpec spec) {
        List<String> names = new ArrayList<>(spec.inputs());
        if (spec.sourceSelectable()) {
            names.set(0, "source");
        }
        return names;
    }

    /** The inputs in words: {@code source (default hl2), close}. */
    static String inputsText(IndicatorSpec spec) {
        List<String> names = inputNames(spec);
        if (spec.sourceSelectable()) {
            names.set(0, "source (default " + spec.inputs().get(0) + ")");
        }
        return String.join(", ", names);
    }

    /** A SQL expression over candle columns for an input: the column, or the formula of a derived source. */
    static String columnExpression(String input) {
        return switch (input) {
            case "hl2" -> "(high + low) / 2";
            case "hlc3" -> "(high + low + close) / 3";
            case "ohlc4" -> "(open + high + low + close) / 4";
            case "hlcc4" -> "(high + low + 2 * close) / 4";
            default -> input;
        };
    }

    /** The array form's type in words: {@code array<boolean>}, {@code struct<upper_band: array<double>, ...>}. */
    static String arrayTypeText(IndicatorSpec spec) {
        List<String> arrays = new ArrayList<>();
        for (int o = 0; o < spec.outputs().size(); o++) {
            String array = "array<" + TypedOutputs.elementType(spec.outputTypes().get(o)).sql()
                    .toLowerCase(java.util.Locale.ROOT) + ">";
            arrays.add(spec.outputs().size() == 1 ? array : spec.outputs().get(o) + ": " + array);
        }
        return arrays.size() == 1 ? arrays.get(0) : "struct<" + String.join(", ", arrays) + ">";
    }

    /** The outputs in words: {@code upper_band (double), ...}. */
    static String outputsText(IndicatorSpec spec) {
        List<String> parts = new ArrayList<>();
        for (int o = 0; o < spec.outputs().size(); o++) {
            parts.add(spec.outputs().get(o) + " (" + TypedOutputs.elementType(spec.outputTypes().get(o)).sql()
                    .toLowerCase(java.util.Locale.ROOT) + ")");
        }
        return String.join(", ", parts);
    }

    /**
     * {@code DESCRIBE FUNCTION EXTENDED} text: usage with the category and the result type, arguments with
     * defaults and ranges, the inputs (which one is the selectable source), the outputs with their types, and
     * examples. Spark accepts only its own function groups, so the category is written in the text.
     */
    static ExpressionInfo info(IndicatorSpec spec) {
        String name = sqlName(spec.id());
        String usage = "_FUNC_(" + String.join(", ", inputNames(spec)) + (spec.params().isEmpty() ? "" : ", ")
                + paramNames(spec) + ") - " + spec.name() + ". Category: " + spec.category().label()
                + ". Array form: one series per row (arrays in, " + arrayTypeText(spec) + " out). "
                + (spec.lookahead() == null
                        ? "Window form: _FUNC_(column, ...) OVER (PARTITION BY key ORDER BY time), one value per row."
                        : "No window form: a row's value depends on the next " + spec.lookahead().name() + " rows.");
        StringBuilder args = new StringBuilder("\n    Arguments:\n");
        for (int i = 0; i < spec.inputs().size(); i++) {
            String in = spec.inputs().get(i);
            args.append("      * ").append(inputNames(spec).get(i)).append(" - ");
            if (i == 0 && spec.sourceSelectable()) {
                args.append("the price series, by default ").append(in)
                        .append(in.equals(columnExpression(in)) ? "" : " = " + columnExpression(in))
                        .append("; any price (close, hl2, hlc3, ...) as numbers, NULL elements are NaN");
            } else if (in.equals("timestamp")) {
                args.append("the bar times: timestamps, dates or epoch milliseconds");
            } else {
                args.append("the ").append(in).append(" series");
            }
            args.append('\n');
        }
        for (ParamSpec p : spec.params()) {
            args.append("      * ").append(p.name()).append(" - ").append(p.description()).append("; default ")
                    .append(p.format(p.defaultValue())).append(", valid ").append(p.rangeText()).append('\n');
        }
        args.append("      Inputs: ").append(inputsText(spec)).append(".\n");
        args.append("      Outputs: ").append(outputsText(spec)).append(". Warm-up: the first ")
                .append("value is at ").append(spec.warmup()).append(" (earlier positions are NaN, null for int ")
                .append("and boolean outputs); a series too short or all NaN gives no values; NULL in, NULL out.\n")
                .append("      Category: ").append(spec.category().label()).append(".\n  ");
        String inputsExample = spec.inputs().stream().map(i -> "array(1.0D, 2.0D, 3.0D, 4.0D)")
                .collect(Collectors.joining(", "));
        String examples = "\n    Examples:\n      > SELECT _FUNC_(" + inputsExample
                + (spec.params().isEmpty() ? "" : ", " + spec.params().stream()
                        .map(p -> p.type() == ParamType.CHOICE ? "'" + p.format(p.defaultValue()) + "'"
                                : p.type() == ParamType.INT ? "2" : p.format(p.defaultValue()))
                        .collect(Collectors.joining(", ")))
                + ");\n  " + (spec.lookahead() != null ? "" : "    > SELECT symbol, ts, _FUNC_(" + spec.inputs().stream()
                        .map(i -> i.equals("timestamp") ? "ts" : columnExpression(i)).collect(Collectors.joining(", "))
                + ") OVER (PARTITION BY symbol ORDER BY ts) FROM prices;\n  ");
        return new ExpressionInfo(IndicatorExpression.class.getName(), null, name, usage, args.toString(),
                examples, "", "math_funcs", "0.1.0", "", "java_udf");
    }
}
