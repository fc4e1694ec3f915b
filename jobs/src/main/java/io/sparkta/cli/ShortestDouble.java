package io.sparkta.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double with the fewest significant digits that parse back to the same value ("NaN" for NaN).
 * JDK 19+ {@code Double.toString} already does (JDK-4511638); on 17 it may print one digit too many, so the
 * last digit is dropped while the value still round-trips.
 */
final class ShortestDouble {
    private static final boolean JDK_SHORTEST = Runtime.version().feature() >= 19;

    private ShortestDouble() {
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        String s = Double.toString(v);
        if (JDK_SHORTEST || Double.isInfinite(v) || v == 0.0) {
            return s;
        }
        BigDecimal exact = new BigDecimal(s);
        int digits = exact.precision();
        String best = s;
        while (digits > 1) {
            BigDecimal shorter = exact.round(new MathContext(digits - 1, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(shorter.toString()) != v) {
                break;
            }
            best = Double.toString(v).contains("E") ? shorter.toString() : shorter.toPlainString();
            digits--;
        }
        return best;
    }
}
