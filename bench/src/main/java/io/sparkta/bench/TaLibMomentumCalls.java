package io.sparkta.bench;

import java.util.Map;

/** TA-Lib's calls for Sparkta's momentum indicators. */
final class TaLibMomentumCalls {
    private TaLibMomentumCalls() {
    }

    static void addTo(Map<String, TaLibCall> calls) {
    }
}
