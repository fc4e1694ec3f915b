package io.sparkta.bench;

import java.util.Map;
import java.util.TreeMap;

/** Every Sparkta indicator that TA-Lib also has, by Sparkta id: the family classes add theirs. */
final class TaLibCalls {
    private static final Map<String, TaLibCall> CALLS = new TreeMap<>();

    static {
        TaLibMomentumCalls.addTo(CALLS);
        TaLibTrendCalls.addTo(CALLS);
        TaLibVolatilityCalls.addTo(CALLS);
        TaLibVolumeCalls.addTo(CALLS);
        TaLibPatternCalls.addTo(CALLS);
    }

    private TaLibCalls() {
    }

    static TaLibCall of(String id) {
        TaLibCall call = CALLS.get(id);
        if (call == null) {
            throw new IllegalArgumentException("no TA-Lib call registered for '" + id + "' (registered: "
                    + CALLS.keySet() + ")");
        }
        return call;
    }

    static Iterable<String> ids() {
        return CALLS.keySet();
    }
}
