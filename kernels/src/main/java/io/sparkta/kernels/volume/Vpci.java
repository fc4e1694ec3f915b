package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Buff Dormeier's Volume Price Confirmation Indicator: (long VWMA - long SMA) x (short VWMA / short SMA) x
 * (short mean volume / long mean volume), and its volume-weighted mean over the short window.
 */
@AutoService(Indicator.class)
public final class Vpci extends TwoWindows {
    static final ParamSpec.Int SHORT = ParamSpec.period("short_range", 5, 1, "short window").sweep(5, 5, 0);
    static final ParamSpec.Int LONG = ParamSpec.period("long_range", 25, 1, "long window").sweep(25, 274, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("vpci", "Volume Price Confirmation Indicator",
                    Category.VOLUME)
            .columns("close", "volume").params(SHORT, LONG).outputs(Warmup.of(LONG).plus(-1), "vpci", "vpcis")
            .notes("Window sums are differences of running totals of close, volume and close x volume, as VectorTA "
                    + "computes them (the VWMA minus SMA difference cancels, so the rounding of those totals "
                    + "shows); a NaN input counts as 0. vpcis = mean(vpci x volume) / mean(volume) over "
                    + "short_range, from the first vpci on. short_range may not exceed long_range.")
            .build();

    public Vpci() {
        super(SPEC, SHORT, LONG, false);
    }

    private static double zeroIfUndefined(double x) {
        return Double.isFinite(x) ? x : 0;
    }

    @Override
    protected Step start(double[] p) {
        int shortRange = SHORT.of(p), longRange = LONG.of(p), span = longRange + 1;
        double invShort = 1.0 / shortRange, invLong = 1.0 / longRange;
        return new Step() {
            // running totals after k bars sit in slot k % span, from k = 0 (all zero)
            private final double[] closes = new double[span], volumes = new double[span], products = new double[span];
            private final double[] weighted = new double[shortRange]; // vpci x volume of the last short_range bars
            private double close, volume, product, weightedSum;
            private int k;

            @Override
            public void next(double[] bar, double[] out) {
                double c = zeroIfUndefined(bar[0]), v = zeroIfUndefined(bar[1]);
                close += c;
                volume += v;
                product += c * v;
                k++;
                closes[k % span] = close;
                volumes[k % span] = volume;
                products[k % span] = product;
                int shown = k - longRange; // vpci values before this one
                if (shown < 0) {
                    return;
                }
                int l = shown % span, s = (k - shortRange) % span;
                double smaLong = (close - closes[l]) * invLong, smaShort = (close - closes[s]) * invShort;
                double volLong = volume - volumes[l], volShort = volume - volumes[s];
                double vwmaLong = volLong != 0 ? (product - products[l]) / volLong : Double.NaN;
                double vwmaShort = volShort != 0 ? (product - products[s]) / volShort : Double.NaN;
                double meanVolLong = volLong * invLong, meanVolShort = volShort * invShort;
                double ratio = smaShort != 0 ? vwmaShort / smaShort : Double.NaN;
                double multiplier = meanVolLong != 0 ? meanVolShort / meanVolLong : Double.NaN;
                double vpci = (vwmaLong - smaLong) * ratio * multiplier;
                double w = zeroIfUndefined(vpci) * zeroIfUndefined(bar[1]);
                int slot = shown % shortRange;
                weightedSum += w;
                if (shown >= shortRange) {
                    weightedSum -= weighted[slot];
                }
                weighted[slot] = w;
                out[0] = vpci;
                out[1] = meanVolShort != 0 && Double.isFinite(meanVolShort)
                        ? weightedSum * invShort / meanVolShort : Double.NaN;
            }
        };
    }
}
