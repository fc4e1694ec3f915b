package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ttm_trend has no whole-series reference (a boolean output): held to a plain reading of its definition. */
class TtmTrendTest {
    @Test
    void closeAboveTheMeanOfTheSource() {
        Candles btc = SharedData.btc4h();
        Indicator ttm = Indicators.get("ttm_trend");
        for (int period : new int[] {1, 5, 21}) {
            double[] hl2 = Source.HL2.of(btc), close = btc.close();
            double[] out = ttm.compute(new double[][] {hl2, close}, new double[] {period}, Vectorization.AUTO)[0];
            int decided = 0;
            for (int t = 0; t < out.length; t++) {
                if (t < period - 1) {
                    assertTrue(Double.isNaN(out[t]), "warm-up at " + t);
                    continue;
                }
                double mean = 0;
                for (int k = t - period + 1; k <= t; k++) {
                    mean += hl2[k];
                }
                mean /= period;
                if (Math.abs(close[t] - mean) > 1e-9 * Math.abs(mean)) { // ties are left to rounding
                    assertEquals(close[t] > mean ? 1.0 : 0.0, out[t], "period " + period + " bar " + t);
                    decided++;
                }
            }
            assertTrue(decided > 0.9 * (out.length - period), "most bars are decided: " + decided);
        }
    }
}
