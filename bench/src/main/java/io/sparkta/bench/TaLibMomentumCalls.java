package io.sparkta.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.util.Map;

/**
 * TA-Lib's calls for Sparkta's momentum indicators, at Sparkta's default parameters (so roc runs with 9, not
 * TA-Lib's 10). Where the two define an indicator differently the call is the nearest TA-Lib has:
 * <ul>
 *   <li>apo: TA-Lib seeds its EMAs with the mean of the first period values, ours with the first value;</li>
 *   <li>trix: ours runs on ln(price) and gives the difference in basis points, TA-Lib's the rate of change of
 *       the triple EMA of the price itself;</li>
 *   <li>srsi: ours smooths %K (k = 3) and %D (d = 3), which TA-Lib's STOCHRSI does not, so TA-Lib runs RSI
 *       and then its slow STOCH over the RSI (two SMAs of 3), the same computation;</li>
 *   <li>cci and mfi: ours reads hlc3 as it is given (computed outside the timing), TA-Lib computes the
 *       typical price from high, low and close inside the call.</li>
 * </ul>
 */
final class TaLibMomentumCalls {
    private TaLibMomentumCalls() {
    }

    /** A TA-Lib function of one price series and one period. */
    @FunctionalInterface
    private interface OfPeriod {
        RetCode run(Core core, int start, int end, double[] in, int period, MInteger begin, MInteger count,
                    double[] out);
    }

    private static TaLibCall onClose(OfPeriod function, int period) {
        return (core, c, begin, count, out, codes) ->
                function.run(core, 0, c.size() - 1, c.close(), period, begin, count, out[0]);
    }

    static void addTo(Map<String, TaLibCall> calls) {
        calls.put("rsi", onClose(Core::rsi, 14));
        calls.put("cmo", onClose(Core::cmo, 14));
        calls.put("mom", onClose(Core::mom, 10));
        calls.put("roc", onClose(Core::roc, 9));
        calls.put("rocp", onClose(Core::rocP, 10));
        calls.put("rocr", onClose(Core::rocR, 10));
        calls.put("trix", onClose(Core::trix, 18));
        calls.put("macd", (core, c, begin, count, out, codes) ->
                core.macd(0, c.size() - 1, c.close(), 12, 26, 9, begin, count, out[0], out[1], out[2]));
        calls.put("ppo", (core, c, begin, count, out, codes) ->
                core.ppo(0, c.size() - 1, c.close(), 12, 26, MAType.Sma, begin, count, out[0]));
        calls.put("apo", (core, c, begin, count, out, codes) ->
                core.apo(0, c.size() - 1, c.close(), 10, 20, MAType.Ema, begin, count, out[0]));
        calls.put("stoch", (core, c, begin, count, out, codes) -> core.stoch(0, c.size() - 1, c.high(), c.low(),
                c.close(), 14, 3, MAType.Sma, 3, MAType.Sma, begin, count, out[0], out[1]));
        calls.put("stochf", (core, c, begin, count, out, codes) -> core.stochF(0, c.size() - 1, c.high(), c.low(),
                c.close(), 5, 3, MAType.Sma, begin, count, out[0], out[1]));
        calls.put("srsi", (core, c, begin, count, out, codes) -> {
            core.rsi(0, c.size() - 1, c.close(), 14, begin, count, out[2]);
            int last = count.value - 1; // the RSI values sit at the front of out[2]
            core.stoch(0, last, out[2], out[2], out[2], 14, 3, MAType.Sma, 3, MAType.Sma, begin, count, out[0],
                    out[1]);
        });
        calls.put("cci", (core, c, begin, count, out, codes) ->
                core.cci(0, c.size() - 1, c.high(), c.low(), c.close(), 14, begin, count, out[0]));
        calls.put("willr", (core, c, begin, count, out, codes) ->
                core.willR(0, c.size() - 1, c.high(), c.low(), c.close(), 14, begin, count, out[0]));
        calls.put("ultosc", (core, c, begin, count, out, codes) ->
                core.ultOsc(0, c.size() - 1, c.high(), c.low(), c.close(), 7, 14, 28, begin, count, out[0]));
        calls.put("bop", (core, c, begin, count, out, codes) ->
                core.bop(0, c.size() - 1, c.open(), c.high(), c.low(), c.close(), begin, count, out[0]));
        calls.put("mfi", (core, c, begin, count, out, codes) -> core.mfi(0, c.size() - 1, c.high(), c.low(),
                c.close(), c.volume(), 14, begin, count, out[0]));
    }
}
