package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;
import java.util.List;

/** Chande's volatility stop: mult ATRs below the period's highest high (long) or above its lowest low (short). */
@AutoService(Indicator.class)
public final class Chande extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 22, 1, "window and ATR length").sweep(22, 22, 0);
    static final ParamSpec.Real MULT = ParamSpec.real("mult", 3.0, 0.0, Double.MAX_VALUE,
            "distance in ATRs").sweep(3.0, 3.249, 0.001);
    static final ParamSpec.Choice DIRECTION = ParamSpec.choice("direction", "long", List.of("long", "short"),
            "long: below the highest high; short: above the lowest low");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("chande", "Chande Exits (volatility stop)",
                    Category.TREND)
            .columns("high", "low", "close").params(PERIOD, MULT, DIRECTION)
            .output("values", Warmup.of(PERIOD).plus(-1))
            .notes("The ATR is VectorTA's atr over the same period (seeded by the mean true range).")
            .build();

    public Chande() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double mult = MULT.of(p);
        boolean isLong = DIRECTION.of(p).equals("long");
        AverageTrueRange averageRange = new AverageTrueRange(period);
        RollingExtremes window = new RollingExtremes(period);
        return (bar, out) -> {
            double atr = averageRange.next(bar);
            window.push(isLong ? bar[0] : bar[1]);
            out[0] = isLong ? Math.fma(-atr, mult, window.max()) : Math.fma(atr, mult, window.min());
        };
    }
}
