package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkta.kernels.vector.RootRatios;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * TrendFlex's ratios of a block (vector/RootRatios): every implementation gives {@link RootRatios#ratio}'s bits
 * per element, including the zero mean squares the scalar loop repairs after its branch-free pass.
 */
class RootRatiosTest {
    private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1.0, 1e300,
            Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN, -1.0};

    @Test
    void everyImplementationGivesTheOneRatioPerElement() {
        SplittableRandom rnd = new SplittableRandom(20261206L);
        for (int count : new int[] {0, 1, 7, 8, 9, 33, 256}) {
            for (int zeros : new int[] {0, 1, count}) {
                double[] value = new double[count], meanSquare = new double[count];
                for (int k = 0; k < count; k++) {
                    value[k] = rnd.nextDouble(-2.0, 2.0);
                    meanSquare[k] = rnd.nextDouble(1e-6, 4.0);
                }
                for (int z = 0; z < Math.min(zeros, count); z++) { // zero mean squares at random places
                    meanSquare[rnd.nextInt(count)] = 0.0;
                }
                check(value, meanSquare, "count " + count + " zeros " + zeros);
            }
        }
    }

    /** Every pair of special values, zero mean squares among them, in one block and one pair per block. */
    @Test
    void specialValues() {
        int pairs = SPECIAL.length * SPECIAL.length;
        double[] value = new double[pairs], meanSquare = new double[pairs];
        for (int i = 0; i < SPECIAL.length; i++) {
            for (int j = 0; j < SPECIAL.length; j++) {
                value[i * SPECIAL.length + j] = SPECIAL[i];
                meanSquare[i * SPECIAL.length + j] = SPECIAL[j];
                check(new double[] {SPECIAL[i]}, new double[] {SPECIAL[j]}, SPECIAL[i] + " / " + SPECIAL[j]);
            }
        }
        check(value, meanSquare, "all pairs");
        assertEquals(0.0, RootRatios.ratio(Double.NaN, 0.0), "a zero mean square gives 0 whatever the value");
    }

    private static void check(double[] value, double[] meanSquare, String where) {
        int count = value.length;
        double[] expected = new double[count];
        for (int k = 0; k < count; k++) {
            expected[k] = RootRatios.ratio(value[k], meanSquare[k]);
        }
        for (Vectorization v : TestVectorizations.all()) {
            double[] out = new double[count + 1];
            out[count] = 42.0;
            RootRatios.of(v).apply(value, meanSquare, count, out);
            assertArrayEquals(expected, Arrays.copyOf(out, count), where + " " + v);
            assertEquals(42.0, out[count], where + " " + v + " wrote past count");
        }
    }
}
