package io.sparkta.kernels.simd;

import io.sparkta.kernels.vector.VectorizationProvider;
import jdk.incubator.vector.DoubleVector;

/** Reports the preferred double vector width; loaded by name only after the module check. */
public final class VectorProbe implements VectorizationProvider.Probe {
    @Override
    public int doubleLanes() {
        return DoubleVector.SPECIES_PREFERRED.length();
    }
}
