package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.MovingAverages;
import io.sparkta.kernels.memory.DoubleMemory;
import io.sparkta.kernels.stats.RollingMoments;
import io.sparkta.kernels.stats.WindowDeviation;
import io.sparkta.kernels.vector.WindowMoments;
import java.util.Arrays;

/**
 * Bollinger Bands: a moving average ({@code matype}, any selectable average) with bands
 * {@code devup} and {@code devdn} deviations ({@code devtype}) above and below it.
 */
@AutoService(Indicator.class)
public final class BollingerBands extends Indicator {
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 1,
            "window of the average and the deviation").sweep(20, 269, 1);
    private static final ParamSpec.Real DEVUP = ParamSpec.real("devup", 2.0, 0.0, Double.POSITIVE_INFINITY,
            "deviations above the average").sweep(2.0, 2.0, 0.0);
    private static final ParamSpec.Real DEVDN = ParamSpec.real("devdn", 2.0, 0.0, Double.POSITIVE_INFINITY,
            "deviations below the average").sweep(2.0, 2.0, 0.0);
    private static final ParamSpec.Choice MATYPE = ParamSpec.choice("matype", "sma", MovingAverages::names,
            "moving average of the middle band");
    private static final ParamSpec.Int DEVTYPE = WindowDeviation.devtype().sweep(0, 0, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("bollinger_bands", "Bollinger Bands",
                    Category.VOLATILITY)
            .source("close").params(PERIOD, DEVUP, DEVDN, MATYPE, DEVTYPE)
            .outputs(Warmup.max(Warmup.of(PERIOD).plus(-1),
                            Warmup.custom("the matype's warm-up at period", BollingerBands::averageWarmup)),
                    "upper_band", "middle_band", "lower_band")
            .notes("The deviation is taken over the same window around its own mean (median for devtype 2), whatever "
                    + "the matype. A NaN inside the window makes that bar NaN; bands recover once it leaves.")
            .build();

    public BollingerBands() {
        super(SPEC);
    }

    /** With sma and devtype 0, the divisions and square roots after the running sums run a vector of windows at a time. */
    @Override
    public boolean hasSimd() {
        return true;
    }

    private static int averageWarmup(double[] p) {
        Indicator ma = movingAverage(p);
        return ma.warmup(MovingAverages.params(ma, PERIOD.of(p)));
    }

    /**
     * The window checks (period valid values, whatever the average's warm-up), then the chosen average's own
     * rules for this period (trima needs 4, wma 2, ...).
     */
    @Override
    protected void checkData(int n, int first, double[] p) {
        requireWindow(PERIOD, p, n, first);
        Indicator ma = movingAverage(p);
        ma.validate(n, first, MovingAverages.params(ma, PERIOD.of(p)));
    }

    private static Indicator movingAverage(double[] p) {
        return MovingAverages.get(MATYPE.of(p));
    }

    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        if (computesInPlace(p)) {
            super.computeSeries(in, first, p, vectorization, out, offset); // the classic bands, over memory
            return;
        }
        double[] x = in[0], upper = out[0], middle = out[1], lower = out[2];
        int n = x.length;
        int period = PERIOD.of(p);
        Indicator ma = movingAverage(p);
        // The deviation is written into the lower band first, then both bands are formed from it.
        ma.computeRow(in, first, MovingAverages.params(ma, period), vectorization, new double[][] {middle}, offset);
        WindowDeviation.compute(x, first, period, DEVTYPE.of(p), lower, offset, vectorization);
        int warm = first + warmup(p);
        // An average with a longer warm-up than the window (sqwma, ...) leaves deviations in the lower band there.
        Arrays.fill(middle, offset + first, offset + Math.min(n, warm), Double.NaN);
        Arrays.fill(lower, offset + first, offset + Math.min(n, warm), Double.NaN);
        double up = DEVUP.of(p), dn = DEVDN.of(p);
        for (int i = offset + warm; i < offset + n; i++) {
            double mid = middle[i], dev = lower[i];
            upper[i] = mid + up * dev;
            lower[i] = mid - dn * dev;
        }
    }

    /** The SMA and standard deviation (the classic bands): running sums over memory, so also in place. */
    @Override
    public boolean computesInPlace(double[] p) {
        return movingAverage(p).id().equals("sma") && DEVTYPE.of(p) == WindowDeviation.STD_DEV;
    }

    /** The middle band and both bands in one pass: the deviation is never stored and read back. */
    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        RollingMoments.compute(in[0], n, first, PERIOD.of(p), out[1], null,
                new WindowMoments.Bands(out[0], out[2], DEVUP.of(p), DEVDN.of(p)), vectorization);
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        int period = PERIOD.of(p);
        int devtype = DEVTYPE.of(p);
        Indicator ma = movingAverage(p);
        IndicatorStream.OfSeries average = (IndicatorStream.OfSeries) ma.stream(MovingAverages.params(ma, period));
        WindowDeviation.Stream deviation = new WindowDeviation.Stream(period, devtype);
        double up = DEVUP.of(p), dn = DEVDN.of(p);
        int warm = warmup(p);
        return new IndicatorStream() {
            private long count;

            @Override
            protected void accept(double[] bar, double[] out) {
                double v = bar[0];
                double mid = average.update(v);
                double dev = deviation.push(v);
                if (count++ < warm) {
                    Arrays.fill(out, Double.NaN);
                    return;
                }
                out[0] = mid + up * dev;
                out[1] = mid;
                out[2] = mid - dn * dev;
            }
        };
    }
}
