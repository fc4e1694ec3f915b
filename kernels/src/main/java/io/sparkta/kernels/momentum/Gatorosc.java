package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import java.util.Arrays;

/** Gator Oscillator: the distances between the Alligator's shifted jaws, teeth and lips, and their changes. */
@AutoService(Indicator.class)
public final class Gatorosc extends StepIndicator {
    static final ParamSpec.Int JAWS = ParamSpec.period("jaws_length", 13, 1, "jaws average length").sweep(13, 262, 1);
    static final ParamSpec.Int JAWS_SHIFT = ParamSpec.integer("jaws_shift", 8, 0, Integer.MAX_VALUE, "jaws shift")
            .sweep(8, 8, 0);
    static final ParamSpec.Int TEETH = ParamSpec.period("teeth_length", 8, 1, "teeth average length").sweep(8, 8, 0);
    static final ParamSpec.Int TEETH_SHIFT = ParamSpec.integer("teeth_shift", 5, 0, Integer.MAX_VALUE, "teeth shift")
            .sweep(5, 5, 0);
    static final ParamSpec.Int LIPS = ParamSpec.period("lips_length", 5, 1, "lips average length").sweep(5, 5, 0);
    static final ParamSpec.Int LIPS_SHIFT = ParamSpec.integer("lips_shift", 3, 0, Integer.MAX_VALUE, "lips shift")
            .sweep(3, 3, 0);
    private static final Warmup UPPER = Warmup.custom("max(jaws_length, teeth_length) + max(jaws_shift, "
            + "teeth_shift) - 1", p -> Math.max(JAWS.of(p), TEETH.of(p)) + Math.max(JAWS_SHIFT.of(p),
            TEETH_SHIFT.of(p)) - 1);
    private static final Warmup LOWER = Warmup.custom("max(teeth_length, lips_length) + max(teeth_shift, "
            + "lips_shift) - 1", p -> Math.max(TEETH.of(p), LIPS.of(p)) + Math.max(TEETH_SHIFT.of(p),
            LIPS_SHIFT.of(p)) - 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("gatorosc", "Gator Oscillator", Category.MOMENTUM)
            .source("close").params(JAWS, JAWS_SHIFT, TEETH, TEETH_SHIFT, LIPS, LIPS_SHIFT)
            .output("upper", UPPER).output("lower", LOWER)
            .output("upper_change", UPPER.plus(1)).output("lower_change", LOWER.plus(1))
            .notes("upper = |jaws - teeth|, lower = -|teeth - lips|, each line an EMA started at the first value "
                    + "and read its shift bars back; lower_change is the change of |teeth - lips|. A NaN bar "
                    + "feeds the jaws' last value to all three averages.")
            .build();

    public Gatorosc() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        double ja = 2.0 / (JAWS.of(p) + 1.0), ta = 2.0 / (TEETH.of(p) + 1.0), la = 2.0 / (LIPS.of(p) + 1.0);
        int js = JAWS_SHIFT.of(p), ts = TEETH_SHIFT.of(p), ls = LIPS_SHIFT.of(p);
        int size = Math.max(js, Math.max(ts, ls)) + 1;
        double[] jaws = new double[size], teeth = new double[size], lips = new double[size];
        return new Step() {
            private double jema, tema, lema, upper, lower;
            private int pos = -1;

            @Override
            public void next(double[] bar, double[] out) {
                if (pos < 0) { // every average and every shifted slot starts at the first value
                    jema = tema = lema = bar[0];
                    Arrays.fill(jaws, jema);
                    Arrays.fill(teeth, jema);
                    Arrays.fill(lips, jema);
                    pos = 0;
                }
                double x = Double.isNaN(bar[0]) ? jema : bar[0];
                jema = Math.fma(1.0 - ja, jema, ja * x);
                tema = Math.fma(1.0 - ta, tema, ta * x);
                lema = Math.fma(1.0 - la, lema, la * x);
                jaws[pos] = jema;
                teeth[pos] = tema;
                lips[pos] = lema;
                double t = teeth[(pos + size - ts) % size];
                double u = Math.abs(jaws[(pos + size - js) % size] - t), l = -Math.abs(t - lips[(pos + size - ls) % size]);
                pos = (pos + 1) % size;
                out[0] = u;
                out[1] = l;
                out[2] = u - upper;
                out[3] = -(l - lower);
                upper = u;
                lower = l;
            }
        };
    }
}
