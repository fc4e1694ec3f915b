package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Warmup;

/**
 * Kaufman's Volume Adjusted Moving Average as VectorTA computes it. A volume increment is vi_factor times the
 * average volume; each bar counts volume / increment increments. Walking back from the newest bar, bars are
 * taken whole until the increments reach length (or the walk's bar limit), and the average is
 * {@code (sum(close_i r_i) + (length - sum(r_i)) close_s) / length}, where the settling bar s is the one just
 * older than the last bar taken: it absorbs the excess (or the shortfall) of increments.
 */
@AutoService(Indicator.class)
public final class VolumeAdjustedMa extends BarRecursion {
    private static final ParamSpec.Int LENGTH = ParamSpec.period("length", 13, 1,
            "volume increments averaged").sweep(13, 13, 0);
    private static final ParamSpec.Real VI_FACTOR = ParamSpec.realAbove("vi_factor", 0.67, 0.0, Double.MAX_VALUE,
            "volume increment as a fraction of the average volume").sweep(0.67, 0.919, 0.001);
    private static final ParamSpec.Int STRICT = ParamSpec.flag("strict", true,
            "walk back up to 10 x length bars (else length bars)");
    private static final ParamSpec.Int SAMPLE_PERIOD = ParamSpec.integer("sample_period", 0, 0, Integer.MAX_VALUE,
            "bars in the average volume; 0 = every bar so far").sweep(0, 0, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("volume_adjusted_ma",
                    "Volume Adjusted Moving Average", Category.MOVING_AVERAGE)
            .columns("close", "volume").params(LENGTH, VI_FACTOR, STRICT, SAMPLE_PERIOD)
            .output("values", Warmup.of(LENGTH).plus(-1))
            .notes("Pinned by VectorTA's reference values (both tests): the average volume is the mean of every volume "
                    + "from the first bar on (sample_period 0) or of the last sample_period ones (fewer at the start), "
                    + "the current bar's included; the excess or shortfall of increments is settled at the close one "
                    + "bar older than the last bar taken, or at the first bar where the walk reaches it. The "
                    + "non-strict walk limit (length bars) is not covered by a reference value. A NaN close makes the "
                    + "outputs whose walk reaches it NaN; a NaN volume after the first bar makes the average, and so "
                    + "every later output, NaN.")
            .build();

    /** Bars a strict walk may take per volume increment of length. */
    private static final int STRICT_BARS_PER_INCREMENT = 10;

    public VolumeAdjustedMa() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        Walk walk = new Walk(p);
        return bar -> walk.push(bar[0], bar[1]);
    }

    /** The bars a walk may reach (plus the settling bar) and the running average volume. */
    private static final class Walk {
        private final double length, viFactor;
        private final int limit, samplePeriod;
        private final double[] closes, volumes, sample;
        private int newest = -1, sampleHead;
        private long seen;
        private double volumeSum;

        Walk(double[] p) {
            length = LENGTH.of(p);
            viFactor = VI_FACTOR.of(p);
            limit = (STRICT.isSet(p) ? STRICT_BARS_PER_INCREMENT : 1) * LENGTH.of(p);
            samplePeriod = SAMPLE_PERIOD.of(p);
            closes = new double[limit + 1];
            volumes = new double[limit + 1];
            sample = new double[Math.max(1, samplePeriod)];
        }

        double push(double close, double volume) {
            newest = newest == closes.length - 1 ? 0 : newest + 1;
            closes[newest] = close;
            volumes[newest] = volume;
            double increment = viFactor * averageVolume(volume);
            long available = ++seen;
            int bars = (int) Math.min(limit, available);
            double increments = 0.0, weighted = 0.0;
            int at = newest, taken = 0;
            while (taken < bars) {
                double r = volumes[at] / increment;
                increments += r;
                weighted += closes[at] * r;
                at = at == 0 ? closes.length - 1 : at - 1;
                taken++;
                if (increments >= length) {
                    break;
                }
            }
            // at is the bar just older than the last one taken; at the start of the series the first bar
            // settles instead.
            int settle = taken < available ? at : (at == closes.length - 1 ? 0 : at + 1);
            return (weighted - (increments - length) * closes[settle]) / length;
        }

        /** The mean of every volume since the first bar, or of the last sample_period ones. */
        private double averageVolume(double volume) {
            if (samplePeriod == 0) {
                volumeSum += volume;
                return volumeSum / (seen + 1);
            }
            volumeSum += volume - sample[sampleHead];
            sample[sampleHead] = volume;
            sampleHead = sampleHead + 1 == samplePeriod ? 0 : sampleHead + 1;
            return volumeSum / Math.min(samplePeriod, seen + 1);
        }
    }
}
