package io.sparkta.bench;

import java.util.Map;

/** TA-Lib's calls for Sparkta's trend indicators. */
final class TaLibTrendCalls {
    private TaLibTrendCalls() {
    }

    static void addTo(Map<String, TaLibCall> calls) {
    }
}
