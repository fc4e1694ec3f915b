package io.sparkta.bench;

import io.sparkta.kernels.Candles;
import java.util.Map;

/**
 * TA-Lib's calls for Sparkta's trend indicators, and for the regressions and price transforms (midpoint,
 * midprice, medprice, wclprice) that TA-Lib files under statistics, overlap studies and price transforms.
 * Where the two differ in definition (not in periods) the note says how.
 */
final class TaLibTrendCalls {
    private TaLibTrendCalls() {
    }

    static void addTo(Map<String, TaLibCall> calls) {
        calls.put("adx", (core, c, b, n, out, codes) -> core.adx(0, last(c), c.high(), c.low(), c.close(), 14, b, n, out[0]));
        calls.put("adxr", (core, c, b, n, out, codes) -> core.adxr(0, last(c), c.high(), c.low(), c.close(), 14, b, n, out[0]));
        // both seed with period - 1 movements; VectorTA also writes the seed's DX, TA-Lib starts one smoothing later
        calls.put("dx", (core, c, b, n, out, codes) -> core.dx(0, last(c), c.high(), c.low(), c.close(), 14, b, n, out[0]));
        calls.put("di", (core, c, b, n, out, codes) -> {
            core.plusDI(0, last(c), c.high(), c.low(), c.close(), 14, b, n, out[0]);
            core.minusDI(0, last(c), c.high(), c.low(), c.close(), 14, b, n, out[1]);
        });
        calls.put("dm", (core, c, b, n, out, codes) -> {
            core.plusDM(0, last(c), c.high(), c.low(), 14, b, n, out[0]);
            core.minusDM(0, last(c), c.high(), c.low(), 14, b, n, out[1]);
        });
        // TA-Lib writes aroon down first, then up
        calls.put("aroon", (core, c, b, n, out, codes) -> core.aroon(0, last(c), c.high(), c.low(), 14, b, n, out[1], out[0]));
        calls.put("aroonosc", (core, c, b, n, out, codes) -> core.aroonOsc(0, last(c), c.high(), c.low(), 14, b, n, out[0]));
        calls.put("sar", (core, c, b, n, out, codes) -> core.sar(0, last(c), c.high(), c.low(), 0.02, 0.2, b, n, out[0]));
        calls.put("linreg", (core, c, b, n, out, codes) -> core.linearReg(0, last(c), c.close(), 14, b, n, out[0]));
        calls.put("linearreg_slope", (core, c, b, n, out, codes) -> core.linearRegSlope(0, last(c), c.close(), 14, b, n, out[0]));
        // both the fitted line at the window's oldest bar
        calls.put("linearreg_intercept", (core, c, b, n, out, codes) -> core.linearRegIntercept(0, last(c), c.close(), 14, b, n, out[0]));
        calls.put("linearreg_angle", (core, c, b, n, out, codes) -> core.linearRegAngle(0, last(c), c.close(), 14, b, n, out[0]));
        calls.put("tsf", (core, c, b, n, out, codes) -> core.tsf(0, last(c), c.close(), 14, b, n, out[0]));
        calls.put("midpoint", (core, c, b, n, out, codes) -> core.midPoint(0, last(c), c.close(), 14, b, n, out[0]));
        calls.put("midprice", (core, c, b, n, out, codes) -> core.midPrice(0, last(c), c.high(), c.low(), 14, b, n, out[0]));
        calls.put("medprice", (core, c, b, n, out, codes) -> core.medPrice(0, last(c), c.high(), c.low(), b, n, out[0]));
        calls.put("wclprice", (core, c, b, n, out, codes) -> core.wclPrice(0, last(c), c.high(), c.low(), c.close(), b, n, out[0]));
    }

    /** TA-Lib's end index: the whole series. */
    static int last(Candles candles) {
        return candles.close().length - 1;
    }
}
