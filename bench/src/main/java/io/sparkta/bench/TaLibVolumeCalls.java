package io.sparkta.bench;

import static io.sparkta.bench.TaLibTrendCalls.last;

import java.util.Map;

/** TA-Lib's calls for Sparkta's volume indicators (mfi is registered with the momentum calls). */
final class TaLibVolumeCalls {
    private TaLibVolumeCalls() {
    }

    static void addTo(Map<String, TaLibCall> calls) {
        calls.put("ad", (core, c, b, n, out, codes) -> core.ad(0, last(c), c.high(), c.low(), c.close(), c.volume(), b, n, out[0]));
        calls.put("adosc", (core, c, b, n, out, codes) -> core.adOsc(0, last(c), c.high(), c.low(), c.close(), c.volume(),
                3, 10, b, n, out[0]));
        calls.put("obv", (core, c, b, n, out, codes) -> core.obv(0, last(c), c.close(), c.volume(), b, n, out[0]));
    }
}
