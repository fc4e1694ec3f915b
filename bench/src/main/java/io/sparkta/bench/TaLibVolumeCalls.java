package io.sparkta.bench;

import java.util.Map;

/** TA-Lib's calls for Sparkta's volume indicators. */
final class TaLibVolumeCalls {
    private TaLibVolumeCalls() {
    }

    static void addTo(Map<String, TaLibCall> calls) {
    }
}
