package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;

/**
 * True-Range Adjusted EMA: alpha = 2 / (length + 1) x (1 + mult x r), where r places the bar's true range
 * between the lowest and highest true range of the last length bars.
 */
@AutoService(Indicator.class)
public final class Tradjema extends BarRecursion {
    private static final ParamSpec.Int LENGTH = ParamSpec.period("length", 40, 2,
            "EMA length and true-range window").sweep(40, 289, 1);
    private static final ParamSpec.Real MULT = ParamSpec.realAbove("mult", 10.0, 0.0, Double.POSITIVE_INFINITY,
            "true-range weight on alpha").sweep(10.0, 10.0, 0.0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("tradjema", "True Range Adjusted EMA",
                    Category.MOVING_AVERAGE)
            .columns("high", "low", "close").params(LENGTH, MULT).output("values", Warmup.of(LENGTH).plus(-1))
            .notes("As in VectorTA, each step moves toward the previous bar's close with the current bar's alpha, "
                    + "and the average starts from 0, so the first output is that bar's alpha x the previous "
                    + "close. The first bar's true range is high - low. A NaN after the first valid bar makes "
                    + "later outputs NaN.")
            .build();

    public Tradjema() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int length = LENGTH.of(p);
        double alpha = 2.0 / (length + 1), mult = MULT.of(p);
        RollingExtremes ranges = new RollingExtremes(length);
        return new Step() {
            private long t;
            private double previousClose, ema;

            @Override
            public double next(double[] bar) {
                double high = bar[0], low = bar[1], close = bar[2];
                double range = t == 0 ? high - low
                        : Math.max(high, previousClose) - Math.min(low, previousClose);
                ranges.push(range);
                double result = Double.NaN;
                if (t >= length - 1) {
                    double lo = ranges.min(), hi = ranges.max();
                    double adjusted = hi != lo ? (range - lo) / (hi - lo) : 0.0;
                    double a = alpha * (1.0 + adjusted * mult);
                    ema = ema + a * (previousClose - ema);
                    result = ema;
                }
                previousClose = close;
                t++;
                return result;
            }
        };
    }
}
