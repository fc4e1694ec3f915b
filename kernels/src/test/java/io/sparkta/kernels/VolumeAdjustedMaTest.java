package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * volume_adjusted_ma against a plain index-based reading of its definition, for the parameters VectorTA's
 * reference values do not cover (non-strict walks, a sample period, the start of the series), on a random
 * series with a NaN prefix. The kernel keeps rings and running sums; this reference recomputes everything
 * per bar from the arrays.
 */
class VolumeAdjustedMaTest {
    private static final int N = 700, PREFIX = 5;

    @ParameterizedTest
    @CsvSource({"13, 0.67, 1, 0", "5, 1.3, 0, 0", "8, 0.5, 1, 20", "1, 0.67, 1, 3", "30, 2.0, 1, 0"})
    void matchesAPlainWalk(int length, double viFactor, int strict, int samplePeriod) {
        SplittableRandom rnd = new SplittableRandom(length * 31L + samplePeriod);
        double[] close = RandomSeries.walk(N, rnd), volume = new double[N];
        for (int t = 0; t < N; t++) {
            // bursts of heavy and light trading, so walks both stop early and hit their bar limit
            volume[t] = t < PREFIX ? Double.NaN : rnd.nextDouble() * (t % 97 < 40 ? 50.0 : 1.0);
            close[t] = t < PREFIX ? Double.NaN : close[t];
        }
        double[] p = {length, viFactor, strict, samplePeriod};
        double[] out = Indicators.get("volume_adjusted_ma").compute(new double[][] {close, volume}, p,
                Vectorization.AUTO)[0];
        int limit = (strict == 1 ? 10 : 1) * length;
        for (int t = 0; t < N; t++) {
            if (t < PREFIX + length - 1) {
                assertTrue(Double.isNaN(out[t]), "warm-up at " + t);
                continue;
            }
            int from = samplePeriod == 0 ? PREFIX : Math.max(PREFIX, t - samplePeriod + 1);
            double volumeSum = 0.0;
            for (int i = from; i <= t; i++) {
                volumeSum += volume[i];
            }
            double increment = viFactor * volumeSum / (t - from + 1);
            double increments = 0.0, weighted = 0.0;
            int bar = t;
            while (bar >= PREFIX && t - bar < limit && increments < length) {
                increments += volume[bar] / increment;
                weighted += close[bar] * volume[bar] / increment;
                bar--;
            }
            double settle = close[Math.max(bar, PREFIX)];
            double want = (weighted - (increments - length) * settle) / length;
            assertEquals(want, out[t], 1e-9 * Math.abs(want), "at " + t);
        }
    }
}
