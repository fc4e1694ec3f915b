package io.sparkta.kernels.pattern;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Any of the candlestick patterns, chosen by name, as VectorTA's pattern_recognition dispatches them. */
@AutoService(Indicator.class)
public final class PatternRecognition extends StepIndicator {
    static final ParamSpec.Choice PATTERN = ParamSpec.choice("pattern_type", "cdl2crows",
            () -> Indicators.all().stream().filter(i -> i instanceof CandlePattern).map(Indicator::id).toList(),
            "the candlestick pattern");
    static final ParamSpec.Real PENETRATION = ParamSpec.real("penetration", 0, 0, 3e37,
            "for the patterns that take one; 0 keeps the pattern's own default");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("pattern_recognition",
                    "Candlestick pattern recognition", Category.PATTERN)
            .columns("open", "high", "low", "close").params(PATTERN, PENETRATION)
            .output("values", OutputType.INT, Warmup.custom("lookback of pattern_type", p -> pattern(p).lookback()))
            .notes("The chosen pattern's output (0 / +-100, hikkake +-200). As in VectorTA, a penetration of 0 "
                    + "stands for the pattern's default (0.3, or 0.5 for dark cloud cover and mat hold).")
            .build();

    public PatternRecognition() {
        super(SPEC);
    }

    private static CandlePattern pattern(double[] p) {
        return (CandlePattern) Indicators.get(PATTERN.of(p));
    }

    @Override
    protected Step start(double[] p) {
        return pattern(p).start(penetration(p));
    }

    @Override
    protected void computeSeries(double[][] in, int first, double[] params, Vectorization vectorization,
                                 double[][] out, int offset) {
        pattern(params).compute(in, first, penetration(params), out[0], offset);
    }

    /** The penetration the chosen pattern runs with: 0 for one without, its own default for 0. */
    private static double penetration(double[] p) {
        ParamSpec.Real own = pattern(p).penetrationParam();
        double penetration = PENETRATION.of(p);
        return own == null ? 0 : penetration == 0 ? own.defaultValue() : penetration;
    }
}
