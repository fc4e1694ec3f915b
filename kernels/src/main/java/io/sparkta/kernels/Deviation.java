package io.sparkta.kernels;

import java.util.Objects;

/**
 * A deliberate difference from VectorTA's output, where VectorTA is wrong rather than merely different: the
 * whole-series conformance test accepts differences on VectorTA's reference data (the 4h candles at default
 * parameters) only in the bars listed here, and fails where a listed deviation no longer shows.
 *
 * @param output   the output name
 * @param fromBar  first bar (0-based, inclusive) where the outputs may differ on the reference data
 * @param toBar    last bar (exclusive)
 * @param why      why Sparkta's value is the right one
 * @param evidence what shows it (a definition, an invariant VectorTA breaks, another library)
 */
public record Deviation(String output, int fromBar, int toBar, String why, String evidence) {
    public Deviation {
        Objects.requireNonNull(output);
        if (fromBar < 0 || toBar <= fromBar) {
            throw new IllegalArgumentException("deviation bars must be a non-empty range, got " + fromBar + ".." + toBar);
        }
    }

    public boolean covers(String name, int bar) {
        return output.equals(name) && bar >= fromBar && bar < toBar;
    }
}
