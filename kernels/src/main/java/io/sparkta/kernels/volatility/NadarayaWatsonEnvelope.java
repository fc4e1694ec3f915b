package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import java.util.Arrays;

/**
 * The Nadaraya-Watson Envelope (LuxAlgo's, without repainting): a Gaussian-kernel weighted average of the last
 * {@code lookback} values, with bands at {@code multiplier} times the mean absolute distance of the series from
 * it over the last 499 bars.
 */
@AutoService(Indicator.class)
public final class NadarayaWatsonEnvelope extends StepIndicator {
    /** Bars of the mean absolute error. */
    private static final int MAE = 499;
    static final ParamSpec.Real BANDWIDTH = ParamSpec.realAbove("bandwidth", 8.0, 0, Double.MAX_VALUE,
            "width of the Gaussian kernel, in bars").sweep(8.0, 8.0, 0);
    static final ParamSpec.Real MULTIPLIER = ParamSpec.real("multiplier", 3.0, 0, Double.MAX_VALUE,
            "band width in mean absolute errors").sweep(3.0, 3.0, 0);
    static final ParamSpec.Int LOOKBACK = ParamSpec.period("lookback", 500, 1, "bars the average weighs")
            .sweep(500, 749, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("nadaraya_watson_envelope",
                    "Nadaraya-Watson Envelope", Category.VOLATILITY)
            .source("close").params(BANDWIDTH, MULTIPLIER, LOOKBACK)
            .outputs(Warmup.of(LOOKBACK).plus(MAE - 2), "upper", "lower")
            .notes("y = sum w_k x[k] / sum w_k over k = 0..lookback - 1 (x[0] the newest), w_k = exp(-k^2 / (2 "
                    + "bandwidth^2)); bands y +- multiplier mean(|x - y|) over the last 499 bars. A NaN makes y NaN "
                    + "while it is in the window, and the bands while its error is in theirs. Per bar the stream "
                    + "costs the weights that are not zero (k up to about 38.6 bandwidth, at most lookback: 310 at "
                    + "the defaults), and keeps lookback + 499 values.")
            .build();

    public NadarayaWatsonEnvelope() {
        super(SPEC);
    }

    /** As VectorTA: lookback valid values, though the bands need 498 more (NaN until then). */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requirePeriod(LOOKBACK.name(), LOOKBACK.of(p), n);
        requireValid(LOOKBACK.of(p), n, first);
    }

    @Override
    protected Step start(double[] p) {
        int lookback = LOOKBACK.of(p);
        double bandwidth = BANDWIDTH.of(p), multiplier = MULTIPLIER.of(p), den = 0.0;
        double[] all = new double[lookback];
        int used = 0;
        for (int k = 0; k < lookback; k++) {
            all[k] = Math.exp(-(double) k * k / (2.0 * bandwidth * bandwidth));
            den += all[k];
            used = all[k] != 0.0 ? k + 1 : used;
        }
        // weights that underflow to 0 add exact zeros: the sum can stop before them
        double[] weights = Arrays.copyOf(all, used);
        double sumWeights = den;
        double[] values = new double[lookback], errors = new double[MAE]; // rings of the last values and errors
        return new Step() {
            private double sum;
            private int bars, newest, nanErrors;
            private long sinceNaN = Long.MAX_VALUE / 2;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0];
                newest = newest + 1 == lookback ? 0 : newest + 1;
                values[newest] = x;
                sinceNaN = Double.isNaN(x) ? 0 : sinceNaN + 1;
                int j = bars++ - (lookback - 1); // index among the bars that have an average
                if (j < 0) {
                    return;
                }
                double y = Double.NaN;
                if (sinceNaN >= lookback) {
                    double num = 0.0;
                    for (int k = 0, at = newest; k < weights.length; k++, at = at == 0 ? lookback - 1 : at - 1) {
                        num += values[at] * weights[k];
                    }
                    y = num / sumWeights;
                }
                double error = Double.isNaN(x) || Double.isNaN(y) ? Double.NaN : Math.abs(x - y);
                add(error);
                if (j >= MAE - 1) {
                    double mae = nanErrors == 0 ? sum / MAE * multiplier : Double.NaN;
                    out[0] = y + mae;
                    out[1] = y - mae;
                    remove(errors[(j - (MAE - 1)) % MAE]);
                }
                errors[j % MAE] = error;
            }

            private void add(double error) {
                if (Double.isNaN(error)) {
                    nanErrors++;
                } else {
                    sum += error;
                }
            }

            private void remove(double error) {
                if (Double.isNaN(error)) {
                    nanErrors--;
                } else {
                    sum -= error;
                }
            }
        };
    }
}
