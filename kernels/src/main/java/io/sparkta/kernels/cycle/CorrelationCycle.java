package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Ehlers' Correlation Cycle: the correlation of the previous {@code period} values with a cosine ({@code real})
 * and a negated sine ({@code imag}) of that period, the phase angle they give, and the market state (1 or -1
 * while the angle moves by less than {@code threshold} degrees a bar, by its sign; 0 otherwise).
 */
@AutoService(Indicator.class)
public final class CorrelationCycle extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 1, "cycle length").sweep(20, 269, 1);
    static final ParamSpec.Real THRESHOLD = ParamSpec.real("threshold", 9.0, 0, Double.MAX_VALUE,
            "largest change of angle, in degrees, of a trending state").sweep(9.0, 9.0, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("correlation_cycle", "Ehlers Correlation Cycle",
                    Category.CYCLE)
            .source("close").params(PERIOD, THRESHOLD).outputs(Warmup.of(PERIOD), "real", "imag", "angle")
            .output("state", OutputType.INT, Warmup.of(PERIOD).plus(1))
            .notes("At bar i the window is x[i - 1] .. x[i - period] (the current bar is not in it, as in VectorTA), "
                    + "x[i - 1 - j] paired with cos and -sin of 2 pi (j + 1) / period; a NaN counts as 0. Pearson "
                    + "correlations, 0 where a variance is 0. angle = degrees(atan(real / imag) + pi / 2), less 180 "
                    + "where imag > 0, 0 where imag = 0. Sums run in VectorTA's order (fused, four values a block), "
                    + "O(period) per bar.")
            .build();

    public CorrelationCycle() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double threshold = THRESHOLD.of(p), n = period, w = 4.0 * Math.asin(1.0) / n;
        double[] cos = new double[period], sin = new double[period];
        double sumCos = 0, sumSin = 0, sumCos2 = 0, sumSin2 = 0;
        double a = 0;
        for (int j = 0; j < period; j++) {
            // within each whole block of four the angle advances by adding w, as VectorTA tabulates it
            a = j % 4 == 0 || j >= period - period % 4 ? w * (j + 1.0) : a + w;
            cos[j] = Math.cos(a);
            sin[j] = -Math.sin(a);
            sumCos += cos[j];
            sumSin += sin[j];
            sumCos2 += cos[j] * cos[j];
            sumSin2 += sin[j] * sin[j];
        }
        double t2 = Math.fma(n, sumCos2, -(sumCos * sumCos)), t4 = Math.fma(n, sumSin2, -(sumSin * sumSin));
        double rootT2 = t2 > 0 ? Math.sqrt(t2) : 0.0, rootT4 = t4 > 0 ? Math.sqrt(t4) : 0.0;
        double sc = sumCos, ss = sumSin;
        RecentValues window = new RecentValues(period);
        return new Step() {
            private double previousAngle = Double.NaN;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                if (bars++ >= period) {
                    correlate(out);
                }
                window.push(Double.isNaN(bar[0]) ? 0.0 : bar[0]);
            }

            private void correlate(double[] out) {
                double sx = 0, sx2 = 0, sxc = 0, sxs = 0;
                int j = 0;
                for (; j + 4 <= period; j += 4) {
                    double x0 = window.ago(j), x1 = window.ago(j + 1), x2 = window.ago(j + 2), x3 = window.ago(j + 3);
                    sx += ((x0 + x1) + x2) + x3;
                    sx2 = Math.fma(x0, x0, Math.fma(x1, x1, Math.fma(x2, x2, Math.fma(x3, x3, sx2))));
                    sxc = Math.fma(x0, cos[j], Math.fma(x1, cos[j + 1], Math.fma(x2, cos[j + 2],
                            Math.fma(x3, cos[j + 3], sxc))));
                    sxs = Math.fma(x0, sin[j], Math.fma(x1, sin[j + 1], Math.fma(x2, sin[j + 2],
                            Math.fma(x3, sin[j + 3], sxs))));
                }
                for (; j < period; j++) {
                    double x = window.ago(j);
                    sx += x;
                    sx2 = Math.fma(x, x, sx2);
                    sxc = Math.fma(x, cos[j], sxc);
                    sxs = Math.fma(x, sin[j], sxs);
                }
                double t1 = Math.fma(n, sx2, -(sx * sx)), real = 0.0, imag = 0.0;
                if (t1 > 0) {
                    double root = Math.sqrt(t1);
                    if (rootT2 > 0) {
                        real = Math.fma(n, sxc, -(sx * sc)) / (root * rootT2);
                    }
                    if (rootT4 > 0) {
                        imag = Math.fma(n, sxs, -(sx * ss)) / (root * rootT4);
                    }
                }
                double angle = imag == 0.0 ? 0.0
                        : Math.toDegrees(Math.atan(real / imag) + Math.asin(1.0)) - (imag > 0 ? 180.0 : 0.0);
                out[0] = real;
                out[1] = imag;
                out[2] = angle;
                out[3] = !Double.isNaN(previousAngle) && Math.abs(angle - previousAngle) < threshold
                        ? (angle >= 0 ? 1 : -1) : 0;
                previousAngle = angle;
            }
        };
    }
}
