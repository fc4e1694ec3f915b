package io.sparkta.kernels.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The monotonic queues against a scan of the window, on random walks with ties and on monotone runs. */
class RollingExtremesTest {
    @Test
    void equalsAScanOfTheWindow() {
        SplittableRandom rnd = new SplittableRandom(29);
        for (int window : new int[] {1, 2, 3, 7, 16, 64}) {
            double[] x = new double[600];
            for (int i = 1; i < x.length; i++) {
                // rounded steps give ties; long runs up and down fill and empty the queues
                x[i] = i < 200 ? x[i - 1] + Math.round(rnd.nextGaussian()) : i < 400 ? x[i - 1] + 1 : x[i - 1] - 1;
            }
            RollingExtremes extremes = new RollingExtremes(window);
            for (int t = 0; t < x.length; t++) {
                extremes.push(x[t]);
                double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
                for (int i = Math.max(0, t - window + 1); i <= t; i++) {
                    max = Math.max(max, x[i]);
                    min = Math.min(min, x[i]);
                }
                assertEquals(max, extremes.max(), "max, window " + window + " at " + t);
                assertEquals(min, extremes.min(), "min, window " + window + " at " + t);
            }
        }
    }
}
