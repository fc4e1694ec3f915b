package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.spi.EmaChainRows;
import java.util.List;

/**
 * Dickson Moving Average: the mean of a Hull average (on WMAs or EMAs) and Ehlers' error-correcting EMA.
 * The Hull part uses half = hull_length / 2 and a final length of round(sqrt(hull_length)).
 */
@AutoService(Indicator.class)
public final class Dma extends RecursiveAverage {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("dma", "Dickson Moving Average",
            Category.MOVING_AVERAGE,
            List.of(ParamSpec.period("hull_length", 7, 2, "Hull length"),
                    ParamSpec.period("ema_length", 20, 1, "error-correcting EMA length"),
                    ParamSpec.integer("ema_gain_limit", 50, 0, 100_000, "largest gain tried, in tenths"),
                    ParamSpec.choice("hull_ma_type", "WMA", () -> List.of("WMA", "EMA"), "averages inside the Hull part")),
            List.of("values"), "first + max(hull_length, ema_length) + round(sqrt(hull_length)) - 1",
            "Matches VectorTA's reference tail within 4e-9 relative (the error-correcting half is not bit-exact: it "
                    + "picks the gain with the least error every bar, and negative gains amplify last-bit "
                    + "differences). "
                    + "A NaN after the first valid value makes later outputs NaN.");

    public Dma() {
        super(SPEC);
    }

    private static int root(double[] p) {
        return (int) Math.round(Math.sqrt(p[0]));
    }

    @Override
    public int warmup(double[] p) {
        return (int) Math.max(p[0], p[1]) + root(p) - 1;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        requirePeriod("ema_length", (int) p[1], n);
        requirePeriod("hull_length", (int) p[0], n);
        requireValid(warmup(p) + 1, n, first);
    }

    @Override
    protected Step start(double[] p) {
        int hull = (int) p[0], half = hull / 2, root = root(p);
        Step ec = new EhlersEcema.ErrorCorrecting((int) p[1], (int) p[2]);
        Step fast, slow, last;
        if (p[3] == 0) { // WMA
            fast = window(half);
            slow = window(hull);
            last = window(root);
        } else {
            fast = new EmaChainRows.Stage(half)::next;
            slow = new EmaChainRows.Stage(hull)::next;
            last = new EmaChainRows.Stage(root)::next;
        }
        return x -> {
            double h = last.next(2.0 * fast.next(x) - slow.next(x));
            return (h + ec.next(x)) / 2.0;
        };
    }

    /** A linearly weighted window as a step (NaN until full). */
    private static Step window(int length) {
        return WeightedAverage.linearWindow(length)::next;
    }
}
