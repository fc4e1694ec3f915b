package io.sparkta.kernels.volume;

import io.sparkta.kernels.ErrorKind;
import io.sparkta.kernels.IndicatorException;
import io.sparkta.kernels.ParamSpec;

/** The check a pair of short and long windows shares, which the per-parameter ranges cannot express. */
final class PeriodOrder {
    private PeriodOrder() {
    }

    /** Fails unless short &lt; long ({@code strict}) or short &lt;= long. */
    static void require(String id, ParamSpec.Int shortPeriod, ParamSpec.Int longPeriod, boolean strict, double[] p) {
        int s = shortPeriod.of(p), l = longPeriod.of(p);
        if (strict ? s >= l : s > l) {
            throw new IndicatorException(id, ErrorKind.INVALID_PARAMETER, "invalid " + longPeriod.name() + " = " + l
                    + " for " + shortPeriod.name() + " " + s + " (valid: " + (strict ? "above " : "at least ")
                    + shortPeriod.name() + ")");
        }
    }
}
