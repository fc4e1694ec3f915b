package io.sparkta.kernels.pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Vectorization;
import org.junit.jupiter.api.Test;

/** A valley and a peak whose bars are known: where the single call marks them, and when the stream does. */
class MinmaxTest {
    private static final double NAN = Double.NaN;
    private static final double[] LOW = {9, 8, 7, 6, 7, 8, 9, 10, 11, 10, 9, 8, 7};
    private static final double[] HIGH = {10, 9, 8, 7, 8, 9, 10, 11, 12, 11, 10, 9, 8};
    private final Indicator minmax = Indicators.get("minmax");

    @Test
    void theSingleCallMarksTheValleyAndThePeakAtTheirBars() {
        double[][] out = minmax.compute(new double[][] {HIGH, LOW}, new double[] {3}, Vectorization.SCALAR);
        double[] isMin = new double[LOW.length], isMax = new double[LOW.length];
        java.util.Arrays.fill(isMin, NAN);
        java.util.Arrays.fill(isMax, NAN);
        isMin[3] = 6;
        isMax[8] = 12;
        assertArrayEquals(isMin, out[0], "is_min");
        assertArrayEquals(isMax, out[1], "is_max");
        assertArrayEquals(new double[] {NAN, NAN, NAN, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6}, out[2], "last_min");
        assertArrayEquals(new double[] {NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 12, 12, 12, 12, 12}, out[3],
                "last_max");
    }

    @Test
    void theStreamMarksThemOrderBarsLater() {
        IndicatorStream stream = minmax.stream(3);
        double[] out = new double[4];
        for (int t = 0; t < LOW.length; t++) {
            stream.update(new double[] {HIGH[t], LOW[t]}, out);
            assertEquals(t == 6 ? 6 : NAN, out[0], 0.0, "is_min given at bar " + t);
            assertEquals(t == 11 ? 12 : NAN, out[1], 0.0, "is_max given at bar " + t);
            assertEquals(t >= 6 ? 6 : NAN, out[2], 0.0, "last_min given at bar " + t);
        }
    }

    @Test
    void exactlyOrderValidValuesGiveNaNsAsInVectorTa() {
        double[][] out = minmax.compute(new double[][] {{NAN, 2, 3, 4}, {NAN, 1, 2, 3}}, new double[] {3},
                Vectorization.SCALAR);
        for (double[] o : out) {
            assertTrue(java.util.Arrays.stream(o).allMatch(Double::isNaN));
        }
    }
}
