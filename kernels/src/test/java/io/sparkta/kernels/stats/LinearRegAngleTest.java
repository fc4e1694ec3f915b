package io.sparkta.kernels.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.SharedData;
import io.sparkta.kernels.Source;
import org.junit.jupiter.api.Test;

/**
 * linearreg_angle has no whole-series reference (VectorTA exports none): on the 4h closes it is held to
 * atan(linearreg_slope) in degrees and to a direct least-squares fit of each window.
 */
class LinearRegAngleTest {
    private static final int PERIOD = 14;

    @Test
    void isTheAngleOfTheLeastSquaresLine() {
        double[] close = SharedData.btc4h().series(Source.CLOSE);
        double[] angle = Indicators.get("linearreg_angle").values(close, PERIOD);
        double[] slope = Indicators.get("linearreg_slope").values(close, PERIOD);
        for (int t = 0; t < close.length; t++) {
            if (t < PERIOD - 1) {
                assertTrue(Double.isNaN(angle[t]), "warm-up at " + t);
                continue;
            }
            double fitted = directSlope(close, t - PERIOD + 1, PERIOD);
            // degrees of the slopes' difference through atan: d(angle) = d(slope) / (1 + slope^2) in radians
            double tolerance = Math.toDegrees(1e-9 * Math.max(1, Math.abs(fitted)) / (1 + fitted * fitted));
            assertEquals(Math.toDegrees(Math.atan(fitted)), angle[t], tolerance, "direct fit at " + t);
            // linearreg_slope writes slopes within 1.1e-8 of 0 as 0, and keeps VectorTA's slowly drifting sums
            // (2e-9 from the direct fit here); an angle moves by at most the slope's change, in radians
            assertEquals(Math.toDegrees(Math.atan(slope[t])), angle[t], Math.toDegrees(1.1e-8),
                    "atan(linearreg_slope) at " + t);
        }
    }

    /** The slope of the least-squares line through x[from .. from + n), around the means (two passes). */
    private static double directSlope(double[] y, int from, int n) {
        double meanX = (n - 1) / 2.0, meanY = 0.0;
        for (int i = 0; i < n; i++) {
            meanY += y[from + i];
        }
        meanY /= n;
        double sxy = 0.0, sxx = 0.0;
        for (int i = 0; i < n; i++) {
            double dx = i - meanX;
            sxy += dx * (y[from + i] - meanY);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}
