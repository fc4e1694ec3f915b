package io.sparkta.bench;

import static io.sparkta.bench.TaLibTrendCalls.last;

import com.tictactec.ta.lib.MAType;
import java.util.Map;

/** TA-Lib's calls for Sparkta's volatility indicators, and the deviations and correlation TA-Lib files under statistics. */
final class TaLibVolatilityCalls {
    private TaLibVolatilityCalls() {
    }

    static void addTo(Map<String, TaLibCall> calls) {
        // VectorTA's ATR seeds at the period-th bar with the first bar's high - low; TA-Lib one bar later without it
        calls.put("atr", (core, c, b, n, out, codes) -> core.atr(0, last(c), c.high(), c.low(), c.close(), 14, b, n, out[0]));
        calls.put("natr", (core, c, b, n, out, codes) -> core.natr(0, last(c), c.high(), c.low(), c.close(), 14, b, n, out[0]));
        calls.put("bollinger_bands", (core, c, b, n, out, codes) -> core.bbands(0, last(c), c.close(), 20, 2.0, 2.0,
                MAType.Sma, b, n, out[0], out[1], out[2]));
        calls.put("stddev", (core, c, b, n, out, codes) -> core.stdDev(0, last(c), c.close(), 5, 1.0, b, n, out[0]));
        calls.put("var", (core, c, b, n, out, codes) -> core.variance(0, last(c), c.close(), 14, 1.0, b, n, out[0]));
        calls.put("correl_hl", (core, c, b, n, out, codes) -> core.correl(0, last(c), c.high(), c.low(), 9, b, n, out[0]));
    }
}
