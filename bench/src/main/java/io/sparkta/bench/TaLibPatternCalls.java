package io.sparkta.bench;

import java.util.Map;

/** TA-Lib's calls for Sparkta's pattern indicators. */
final class TaLibPatternCalls {
    private TaLibPatternCalls() {
    }

    static void addTo(Map<String, TaLibCall> calls) {
    }
}
