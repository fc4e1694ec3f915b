package io.sparkta.bench;

import java.util.Map;

/** TA-Lib's calls for Sparkta's volatility indicators. */
final class TaLibVolatilityCalls {
    private TaLibVolatilityCalls() {
    }

    static void addTo(Map<String, TaLibCall> calls) {
    }
}
