package io.sparkta.spark;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.expressions.CurrentRow$;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SpecifiedWindowFrame;
import org.apache.spark.sql.catalyst.expressions.UnboundedPreceding$;
import org.apache.spark.sql.catalyst.expressions.WindowExpression;
import org.apache.spark.sql.catalyst.expressions.WindowFrame;
import org.apache.spark.sql.catalyst.expressions.WindowSpecDefinition;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.Function1;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * The analysis-time check of the window form ({@link IndicatorWindowFunction}): it runs a stream over the
 * rows of each partition in order, so it needs {@code OVER (PARTITION BY key ORDER BY time)} with the running
 * frame (unbounded preceding to the current row, which ORDER BY gives by default). Without ORDER BY, with
 * another frame, or without OVER, Spark would evaluate it over rows the stream cannot honour (the partition's
 * last value on every row, or a failure at run time), so such queries fail at analysis with one line.
 */
final class WindowFormCheck extends AbstractFunction1<LogicalPlan, BoxedUnit> {
    static void inject(SparkSessionExtensions extensions) {
        extensions.injectCheckRule(new AbstractFunction1<SparkSession, Function1<LogicalPlan, BoxedUnit>>() {
            @Override
            public Function1<LogicalPlan, BoxedUnit> apply(SparkSession session) {
                return new WindowFormCheck();
            }
        });
    }

    @Override
    public BoxedUnit apply(LogicalPlan plan) {
        plan.foreachWithSubqueries(new AbstractFunction1<LogicalPlan, BoxedUnit>() {
            @Override
            public BoxedUnit apply(LogicalPlan node) {
                node.expressions().foreach(e -> check(e, false));
                return BoxedUnit.UNIT;
            }
        });
        return BoxedUnit.UNIT;
    }

    private static BoxedUnit check(Expression e, boolean insideOver) {
        if (e instanceof WindowExpression w) {
            checkWindow(w.windowFunction(), w.windowSpec());
            check(w.windowFunction(), true);
            return BoxedUnit.UNIT; // the window spec's expressions hold no window form
        }
        if (e instanceof IndicatorWindowFunction f && !insideOver) {
            throw analysisError(withoutOver(f));
        }
        boolean childrenInsideOver = insideOver && !(e instanceof IndicatorWindowFunction); // its arguments are not
        e.children().foreach(c -> check(c, childrenInsideOver));
        return BoxedUnit.UNIT;
    }

    private static void checkWindow(Expression function, WindowSpecDefinition spec) {
        IndicatorWindowFunction f = windowForm(function);
        if (f == null) {
            return;
        }
        if (spec.orderSpec().isEmpty()) {
            throw analysisError(f.prettyName() + ": the window form needs ORDER BY: use " + requiredForm(f));
        }
        WindowFrame frame = spec.frameSpecification();
        boolean running = frame instanceof SpecifiedWindowFrame s && s.lower() == UnboundedPreceding$.MODULE$
                && s.upper() == CurrentRow$.MODULE$;
        if (!running) {
            throw analysisError(f.prettyName() + ": the window form runs over the running frame only (BETWEEN "
                    + "UNBOUNDED PRECEDING AND CURRENT ROW, the default with ORDER BY), got " + ((Expression) frame).sql() + ": use "
                    + requiredForm(f));
        }
    }

    /** The window form under a window expression (Spark wraps the aggregate), or null for another function. */
    private static IndicatorWindowFunction windowForm(Expression function) {
        for (Expression e = function; ; e = e.children().head()) {
            if (e instanceof IndicatorWindowFunction f) {
                return f;
            }
            if (e.children().size() != 1) {
                return null;
            }
        }
    }

    /** The error of the window form used without OVER (as an aggregate). */
    static String withoutOver(IndicatorWindowFunction f) {
        return f.prettyName() + " over a column is a window function: use it as " + requiredForm(f)
                + ", or pass arrays for the array form";
    }

    private static String requiredForm(IndicatorWindowFunction f) {
        return f.prettyName() + "(...) OVER (PARTITION BY key ORDER BY time)";
    }

    /** Spark's analysis failure with the message as it is (Scala throws it unchecked, as this does). */
    private static RuntimeException analysisError(String message) {
        return WindowFormCheck.<RuntimeException>uncheckedThrow(new AnalysisException("_LEGACY_ERROR_TEMP_1332",
                new scala.collection.immutable.Map.Map1<>("errorMessage", message)));
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T uncheckedThrow(Throwable t) throws T {
        throw (T) t;
    }
}
