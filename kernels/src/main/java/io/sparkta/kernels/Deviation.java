package io.sparkta.kernels;

import java.util.Objects;

/**
 * A deliberate difference from VectorTA's output, where VectorTA is wrong rather than merely different. Either
 * it shows on VectorTA's reference data (the 4h candles at default parameters: the whole-series conformance
 * test accepts differences there only in the listed bars, and fails where a listed deviation no longer shows),
 * or only on input with leading NaNs, where Sparkta keeps its shift invariance (k leading NaNs give k NaNs and
 * then the output on the rest; the property tests check it) and VectorTA does not.
 *
 * @param output   the output name
 * @param fromBar  first bar (0-based, inclusive) where the outputs differ on the reference data; -1 when the
 *                 deviation shows only after leading NaNs
 * @param toBar    last bar (exclusive); -1 with {@code fromBar}
 * @param why      why Sparkta's value is the right one
 * @param evidence what shows it (a definition, an invariant VectorTA breaks, another library)
 */
public record Deviation(String output, int fromBar, int toBar, String why, String evidence) {
    public Deviation {
        Objects.requireNonNull(output);
        Objects.requireNonNull(why);
        Objects.requireNonNull(evidence);
        if (!(fromBar == -1 && toBar == -1) && (fromBar < 0 || toBar <= fromBar)) {
            throw new IllegalArgumentException("deviation bars must be a non-empty range, got " + fromBar + ".." + toBar);
        }
    }

    /** A difference in bars [fromBar, toBar) of VectorTA's reference output. */
    public static Deviation onReference(String output, int fromBar, int toBar, String why, String evidence) {
        return new Deviation(output, fromBar, toBar, why, evidence);
    }

    /** A difference only on input with leading NaNs (VectorTA's output is then not the shifted one). */
    public static Deviation afterLeadingNaNs(String output, String why, String evidence) {
        return new Deviation(output, -1, -1, why, evidence);
    }

    public boolean onReferenceData() {
        return fromBar >= 0;
    }

    public boolean covers(String name, int bar) {
        return output.equals(name) && bar >= fromBar && bar < toBar;
    }

    /** The bars affected, in words. */
    public String bars() {
        return onReferenceData() ? fromBar + ".." + (toBar - 1) + " of the reference data"
                : "every bar after k leading NaNs";
    }
}
