package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Williams Alligator: three smoothed moving averages (jaw, teeth, lips), each displaced forward by its offset. */
@AutoService(Indicator.class)
public final class Alligator extends StepIndicator {
    static final ParamSpec.Int JAW_PERIOD = ParamSpec.period("jaw_period", 13, 1, "jaw SMMA length")
            .sweep(13, 262, 1);
    static final ParamSpec.Int JAW_OFFSET = ParamSpec.integer("jaw_offset", 8, 0, Integer.MAX_VALUE,
            "bars the jaw is shifted forward").sweep(8, 8, 0);
    static final ParamSpec.Int TEETH_PERIOD = ParamSpec.period("teeth_period", 8, 1, "teeth SMMA length")
            .sweep(8, 8, 0);
    static final ParamSpec.Int TEETH_OFFSET = ParamSpec.integer("teeth_offset", 5, 0, Integer.MAX_VALUE,
            "bars the teeth are shifted forward").sweep(5, 5, 0);
    static final ParamSpec.Int LIPS_PERIOD = ParamSpec.period("lips_period", 5, 1, "lips SMMA length")
            .sweep(5, 5, 0);
    static final ParamSpec.Int LIPS_OFFSET = ParamSpec.integer("lips_offset", 3, 0, Integer.MAX_VALUE,
            "bars the lips are shifted forward").sweep(3, 3, 0);
    private static final ParamSpec.Int[][] LINES = {
            {JAW_PERIOD, JAW_OFFSET}, {TEETH_PERIOD, TEETH_OFFSET}, {LIPS_PERIOD, LIPS_OFFSET}};
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("alligator", "Williams Alligator", Category.TREND)
            .source("hl2").params(JAW_PERIOD, JAW_OFFSET, TEETH_PERIOD, TEETH_OFFSET, LIPS_PERIOD, LIPS_OFFSET)
            .output("jaw", Warmup.of(JAW_PERIOD).plus(-1).plus(JAW_OFFSET))
            .output("teeth", Warmup.of(TEETH_PERIOD).plus(-1).plus(TEETH_OFFSET))
            .output("lips", Warmup.of(LIPS_PERIOD).plus(-1).plus(LIPS_OFFSET))
            .notes("Each line is the smma of its period written offset bars later: the value on a bar is the "
                    + "average as it stood offset bars before.")
            .build();

    public Alligator() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        SeriesStep[] averages = new SeriesStep[LINES.length];
        double[][] delays = new double[LINES.length][];
        for (int l = 0; l < LINES.length; l++) {
            averages[l] = SeriesStep.of(Indicators.get("smma"), LINES[l][0].of(p));
            delays[l] = new double[LINES[l][1].of(p) + 1];
        }
        return new Step() {
            private long bars;

            @Override
            public void next(double[] bar, double[] out) {
                for (int l = 0; l < averages.length; l++) {
                    // a ring one longer than the offset: the slot written now is read back offset bars later
                    double[] ring = delays[l];
                    ring[(int) (bars % ring.length)] = averages[l].next(bar[0]);
                    out[l] = ring[(int) ((bars + 1) % ring.length)];
                }
                bars++;
            }
        };
    }
}
