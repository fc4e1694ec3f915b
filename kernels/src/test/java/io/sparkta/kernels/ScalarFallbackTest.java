package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.vector.VectorizationProvider;
import org.junit.jupiter.api.Test;

/**
 * Runs twice: in the default surefire run (vector module present: AUTO must be SIMD, or every "SIMD equals
 * scalar" test would compare scalar with itself) and in a run without the module (AUTO must fall back to
 * scalar with no linkage error, and a forced SIMD request must fail clearly).
 */
class ScalarFallbackTest {
    private static final boolean EXPECT_FALLBACK = Boolean.getBoolean("sparkta.expect.fallback");

    @Test
    void autoResolvesAsExpected() {
        if (EXPECT_FALLBACK) {
            assertFalse(VectorizationProvider.simdAvailable());
            assertTrue(VectorizationProvider.reason().contains("jdk.incubator.vector"), VectorizationProvider.reason());
            assertEquals(Vectorization.SCALAR, Vectorization.AUTO.resolve());
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    Vectorization.SIMD::resolve);
            assertTrue(e.getMessage().contains("--add-modules"), e.getMessage());
        } else {
            assertTrue(VectorizationProvider.simdAvailable(), "SIMD must be available in the default test run: "
                    + VectorizationProvider.reason());
            assertEquals(Vectorization.SIMD, Vectorization.AUTO.resolve());
        }
    }

    @Test
    void everyIndicatorComputesOnAuto() {
        double[] x = new double[1000]; // long enough for every default warm-up (nadaraya_watson_envelope: 500)
        for (int i = 0; i < x.length; i++) {
            x[i] = 100 + Math.sin(i / 7.0) * 5 + i * 0.01;
        }
        for (Indicator ind : Indicators.all()) {
            double[][] in = new double[ind.spec().inputs().size()][];
            for (int j = 0; j < in.length; j++) {
                in[j] = x;
            }
            double[][] auto = ind.compute(in, ind.spec().defaults(), Vectorization.AUTO);
            double[][] scalar = ind.compute(in, ind.spec().defaults(), Vectorization.SCALAR);
            for (int o = 0; o < auto.length; o++) {
                assertArrayEquals(scalar[o], auto[o], ind.id());
            }
        }
    }
}
