package io.sparkta.kernels.volume;

import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;

/**
 * A step indicator over a short and a long window: checks what the per-parameter ranges cannot express, that
 * the short one is not longer (or, {@code strict}, is shorter), and names the long one first where the data
 * is too short for both.
 */
abstract class TwoWindows extends StepIndicator {
    private final ParamSpec.Int shortPeriod, longPeriod;
    private final boolean strict;

    TwoWindows(IndicatorSpec spec, ParamSpec.Int shortPeriod, ParamSpec.Int longPeriod, boolean strict) {
        super(spec);
        this.shortPeriod = shortPeriod;
        this.longPeriod = longPeriod;
        this.strict = strict;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        int s = shortPeriod.of(p), l = longPeriod.of(p);
        if (strict ? s >= l : s > l) {
            throw new IndicatorException(id(), ErrorKind.INVALID_PARAMETER, "invalid " + longPeriod.name() + " = "
                    + l + " for " + shortPeriod.name() + " " + s + " (valid: " + (strict ? "above " : "at least ")
                    + shortPeriod.name() + ")");
        }
        requirePeriod(longPeriod.name(), l, n);
        super.checkData(n, first, p);
    }
}
