package io.sparkta.kernels.other;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Pivot points of each bar from that same bar (no shift to a previous session): the pivot and up to four
 * resistance and support levels in one of five classic schemes; the levels a scheme lacks are NaN.
 */
@AutoService(Indicator.class)
public final class Pivot extends StepIndicator {
    static final ParamSpec.Int MODE = ParamSpec.integer("mode", 3, 0, 4,
            "0 standard (r1, r2, s1, s2), 1 fibonacci (up to r3, s3), 2 demark (r1, s1), 3 camarilla (all four), "
                    + "4 woodie (all four)").sweep(3, 3, 1);
    private static final double NAN = Double.NaN; // a level the chosen scheme does not define
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("pivot",
                    "Pivot points (standard, fibonacci, demark, camarilla, woodie)", Category.OTHER)
            .columns("open", "high", "low", "close").params(MODE)
            .outputs(Warmup.none(), "r4", "r3", "r2", "r1", "pp", "s1", "s2", "s3", "s4")
            .notes("Levels of bar t come from bar t itself. Standard and fibonacci pivot on (h + l + c) / 3; "
                    + "demark weights the high, the low or the close twice as the bar closes above, below or at "
                    + "its open; camarilla puts its levels at close +- range * (0.0916, 0.183, 0.275, 0.55); "
                    + "woodie pivots on (h + l + 2 open) / 4, this bar's open.")
            .build();

    public Pivot() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        return switch (MODE.of(p)) {
            case 0 -> (bar, out) -> {
                double h = bar[1], l = bar[2], d = h - l, pp = typical(bar), twice = pp + pp;
                levels(out, NAN, NAN, pp + d, twice - l, pp, twice - h, pp - d, NAN, NAN);
            };
            case 1 -> (bar, out) -> {
                double d = bar[1] - bar[2], pp = typical(bar), d38 = d * 0.382, d62 = d * 0.618;
                levels(out, NAN, pp + d, pp + d62, pp + d38, pp, pp - d38, pp - d62, pp - d, NAN);
            };
            case 2 -> (bar, out) -> {
                double o = bar[0], h = bar[1], l = bar[2], c = bar[3];
                // the extreme the bar closed towards counts twice (a NaN open falls to the close)
                double sum = c < o ? h + (l + l) + c : c > o ? (h + h) + l + c : h + l + (c + c);
                double half = sum * 0.5;
                levels(out, NAN, NAN, NAN, half - l, sum * 0.25, half - h, NAN, NAN, NAN);
            };
            case 3 -> (bar, out) -> {
                double c = bar[3], d = bar[1] - bar[2];
                double d1 = d * 0.0916, d2 = d * 0.183, d3 = d * 0.275, d4 = d * 0.55;
                levels(out, d4 + c, d3 + c, d2 + c, d1 + c, typical(bar), c - d1, c - d2, c - d3, c - d4);
            };
            default -> (bar, out) -> {
                double o = bar[0], h = bar[1], l = bar[2], d = h - l;
                double pp = (h + l + (o + o)) * 0.25, twice = pp + pp;
                double r3 = (twice - (l + l)) + h, s3 = (l + twice) - (h + h);
                levels(out, r3 + d, r3, pp + d, twice - l, pp, twice - h, pp - d, s3, s3 - d);
            };
        };
    }

    /** (h + l + c) / 3, as a product with the rounded third, as VectorTA computes it. */
    private static double typical(double[] bar) {
        return (bar[1] + bar[2] + bar[3]) * (1.0 / 3.0);
    }

    private static void levels(double[] out, double r4, double r3, double r2, double r1, double pp, double s1,
                               double s2, double s3, double s4) {
        out[0] = r4;
        out[1] = r3;
        out[2] = r2;
        out[3] = r1;
        out[4] = pp;
        out[5] = s1;
        out[6] = s2;
        out[7] = s3;
        out[8] = s4;
    }
}
