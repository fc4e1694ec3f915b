package io.sparkta.kernels.stats;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.MovingAverages;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** An average chosen by name from the ma selector (an {@code ma_type} parameter) beside a window of a period. */
public final class ChosenAverage {
    private ChosenAverage() {
    }

    /** The first output's offset: the window's period - 1, or the chosen average's own warm-up if later. */
    public static Warmup warmup(ToIntFunction<double[]> period, Function<double[], String> name) {
        return Warmup.custom("max(period - 1, the average's warm-up)", p -> {
            Indicator ma = MovingAverages.get(name.apply(p));
            int n = period.applyAsInt(p);
            return Math.max(n - 1, ma.warmup(MovingAverages.params(ma, n)));
        });
    }

    /** The chosen average's own data checks for this period (trima needs 4 values, wma 2, ...). */
    public static void validate(String name, int period, int n, int first) {
        Indicator ma = MovingAverages.get(name);
        ma.validate(n, first, MovingAverages.params(ma, period));
    }
}
