package io.sparkta.kernels.ma;

import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.IndicatorSpec;
import java.util.List;

/**
 * The moving averages that can stand in for "an MA of this period" (Bollinger's {@code matype}, VectorTA's
 * {@code ma} selector): every registered single-series, single-output moving average whose first parameter
 * is {@code period}; its other parameters keep their defaults.
 */
public final class MovingAverages {
    private MovingAverages() {
    }

    /** Ids of the selectable averages, sorted. */
    public static List<String> names() {
        return Indicators.all().stream().filter(MovingAverages::selectable).map(Indicator::id).toList();
    }

    /**
     * The average by id (case-insensitive) as other indicators use it: sma is VectorTA's running sum
     * ({@link Sma#RUNNING_SUM}), which their references were computed with.
     */
    public static Indicator get(String id) {
        Indicator ma = registered(id);
        return ma instanceof Sma ? Sma.RUNNING_SUM : ma;
    }

    /** The registered average by id (case-insensitive), exactly as it computes on its own (the ma selector). */
    public static Indicator registered(String id) {
        Indicator ma = Indicators.find(id.toLowerCase(java.util.Locale.ROOT));
        if (ma == null || !selectable(ma)) {
            throw new IllegalArgumentException("unknown moving average '" + id + "' (valid: "
                    + String.join(", ", names()) + ")");
        }
        return ma;
    }

    /** Its parameters: the defaults with {@code period} set. */
    public static double[] params(Indicator ma, int period) {
        double[] p = ma.spec().defaults();
        p[ma.spec().paramIndex("period")] = period;
        return p;
    }

    /** The warm-up of an average by id and period; its own range errors surface here, before any bar is read. */
    public static int warmup(String id, int period) {
        Indicator ma = get(id);
        double[] p = params(ma, period);
        ma.spec().validate(p);
        return ma.warmup(p);
    }

    private static boolean selectable(Indicator ind) {
        IndicatorSpec s = ind.spec();
        return s.category() == Category.MOVING_AVERAGE && s.sourceSelectable() && s.inputs().size() == 1
                && s.outputs().size() == 1
                && !s.params().isEmpty() && s.params().get(0).name().equals("period");
    }
}
