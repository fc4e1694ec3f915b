package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** TRIX: the one-bar change of a triple exponential average of the log price, times 10000. */
@AutoService(Indicator.class)
public final class Trix extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 18, 1, "EMA length").sweep(18, 267, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("trix", "TRIX", Category.MOMENTUM)
            .source("close").params(PERIOD)
            .output("values", Warmup.custom("3 * (period - 1) + 1", p -> 3 * (PERIOD.of(p) - 1) + 1))
            .notes("As VectorTA: on ln(price); each of the three EMAs is seeded with the mean of its input's "
                    + "first period values; output (ema3 - previous ema3) * 10000, i.e. in basis points.")
            .build();

    public Trix() {
        super(SPEC);
    }

    /** The step run from a loop over the array, where its call is not the step driver's megamorphic one. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] x = in[0], values = out[0];
        int from = first + warmup(p);
        TripleEma emas = new TripleEma(PERIOD.of(p));
        for (int t = first; t < from; t++) {
            emas.next(x[t]);
        }
        for (int t = from; t < x.length; t++) {
            values[offset + t] = emas.next(x[t]);
        }
    }

    @Override
    protected Step start(double[] p) {
        TripleEma emas = new TripleEma(PERIOD.of(p));
        return (bar, out) -> out[0] = emas.next(bar[0]);
    }

    /** The three EMAs of ln(price), each seeded with the mean of its input's first period values. */
    private static final class TripleEma {
        private final int end1, end2, end3;
        private final double alpha, inv;
        private double sum1, sum2, sum3, ema1, ema2, ema3;
        private int bars;

        TripleEma(int period) {
            end1 = period;
            end2 = 2 * period - 1;
            end3 = 3 * period - 2;
            alpha = 2.0 / (period + 1.0);
            inv = 1.0 / period;
        }

        /** Takes the next price; the change of the third EMA in basis points (NaN until it runs). */
        double next(double price) {
            double lv = Math.log(price);
            int t = bars++;
            // each stage sums its input until it can be seeded, then runs; a stage seeded at t runs from t + 1
            if (t < end1) {
                sum1 += lv;
            } else {
                ema1 = Math.fma(lv - ema1, alpha, ema1);
                if (t < end2) {
                    sum2 += ema1;
                } else {
                    ema2 = Math.fma(ema1 - ema2, alpha, ema2);
                    if (t < end3) {
                        sum3 += ema2;
                    } else {
                        double next = Math.fma(ema2 - ema3, alpha, ema3);
                        double change = (next - ema3) * 10000.0;
                        ema3 = next;
                        return change;
                    }
                }
            }
            if (t + 1 == end1) {
                ema1 = sum1 * inv;
                sum2 = ema1;
            }
            if (t + 1 == end2) {
                ema2 = sum2 * inv;
                sum3 = ema2;
            }
            if (t + 1 == end3) {
                ema3 = sum3 * inv;
            }
            return Double.NaN;
        }
    }
}
