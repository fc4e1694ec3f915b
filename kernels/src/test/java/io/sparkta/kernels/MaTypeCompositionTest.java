package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.ma.MovingAverages;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The indicators with an {@code ma_type} run any average of the {@code ma} selector, not only their defaults:
 * the composed averages give the same values through the single call and the stream, with NaN exactly before
 * the declared warm-up.
 */
class MaTypeCompositionTest {
    private static final Candles CANDLES = Candles.randomWalk(700, 11);

    @Test
    void macdWithSmaIsTheDifferenceOfTwoSmasAndItsSma() {
        Indicator macd = Indicators.get("macd");
        double[] p = params(macd, 12, 26, 9, "sma");
        double[][] out = runs(macd, p);
        Indicator sma = Indicators.get("sma");
        double[] close = CANDLES.close();
        double[] fast = sma.values(close, 12), slow = sma.values(close, 26);
        double[] line = new double[close.length];
        for (int t = 0; t < line.length; t++) {
            line[t] = fast[t] - slow[t];
            near(line[t], out[0][t], "macd at " + t);
        }
        double[] signal = sma.values(line, 9);
        for (int t = 0; t < line.length; t++) {
            near(signal[t], out[1][t], "signal at " + t);
        }
        assertEquals(25, macd.warmup(p, 0));
        assertEquals(33, macd.warmup(p, 1));
    }

    @Test
    void macdWithWmaAndHma() {
        Indicator macd = Indicators.get("macd");
        runs(macd, params(macd, 5, 20, 7, "wma"));
        runs(macd, params(macd, 12, 26, 9, "hma"));
    }

    @Test
    void stochWithOtherAverages() {
        Indicator stoch = Indicators.get("stoch");
        runs(stoch, params(stoch, 14, 5, "wma", 4, "hma"));
        runs(stoch, params(stoch, 10, 3, "ema", 3, "sma"));
        double[] seeded = params(stoch, 14, 3, "ema", 3, "ema");
        runs(stoch, seeded);
        assertEquals(13 + 2, stoch.warmup(seeded, 0), "ema with ema: each average seeded with a mean of period values");
    }

    @Test
    void kdjWithOtherAverages() {
        Indicator kdj = Indicators.get("kdj");
        for (double[] p : new double[][] {params(kdj, 9, 4, "hma", 3, "wma"), params(kdj, 9, 3, "ema", 5, "sma"),
            params(kdj, 9, 3, "ema", 3, "ema")}) {
            double[][] out = runs(kdj, p);
            for (int t = kdj.warmup(p, 2); t < out[2].length; t++) {
                assertEquals(3 * out[0][t] - 2 * out[1][t], out[2][t], 1e-9, "j at " + t);
            }
        }
    }

    /**
     * Every name the selector offers runs as macd's ma_type: stream equal to single, NaN before each output's
     * warm-up, the MACD line from its own on (an average of the signed MACD line may itself be NaN: nma takes
     * logarithms).
     */
    @Test
    void macdTakesEveryAverageOfTheSelector() {
        Indicator macd = Indicators.get("macd");
        double[][] in = {CANDLES.close()};
        for (String name : MovingAverages.names()) {
            double[] p = params(macd, 12, 26, 9, name);
            double[][] single = macd.compute(in, p, Vectorization.SCALAR), stream = streamed(macd, p);
            for (int o = 0; o < single.length; o++) {
                assertArrayEquals(single[o], stream[o], name + " stream");
                for (int t = 0; t < macd.warmup(p, o); t++) {
                    assertTrue(Double.isNaN(single[o][t]), name + " output " + o + " at " + t);
                }
            }
            assertFalse(Double.isNaN(single[0][macd.warmup(p, 0)]), name + " first MACD value");
        }
    }

    private static void near(double want, double got, String where) {
        if (Double.isNaN(want)) {
            assertTrue(Double.isNaN(got), where);
        } else {
            assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), where);
        }
    }

    private static double[] params(Indicator ind, Object... values) {
        double[] p = new double[values.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = ind.spec().params().get(i).parse(ind.id(), values[i].toString());
        }
        return p;
    }

    /** Single equals stream bit for bit; NaN before each output's warm-up, values from it on. */
    private static double[][] runs(Indicator ind, double[] p) {
        double[][] in = ind.spec().select(CANDLES, null);
        double[][] single = ind.compute(in, p, Vectorization.SCALAR), stream = streamed(ind, p);
        for (int o = 0; o < single.length; o++) {
            String where = ind.id() + " " + ind.spec().outputs().get(o) + " " + Arrays.toString(p);
            assertArrayEquals(single[o], stream[o], where + " stream");
            int warm = ind.warmup(p, o);
            for (int t = 0; t < single[o].length; t++) {
                assertEquals(t < warm, Double.isNaN(single[o][t]), where + " at " + t);
            }
        }
        return single;
    }

    private static double[][] streamed(Indicator ind, double[] p) {
        double[][] in = ind.spec().select(CANDLES, null);
        int n = in[0].length;
        double[][] out = new double[ind.spec().outputs().size()][n];
        IndicatorStream stream = ind.stream(p);
        double[] bar = new double[in.length], values = new double[out.length];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < bar.length; i++) {
                bar[i] = in[i][t];
            }
            stream.update(bar, values);
            for (int o = 0; o < out.length; o++) {
                out[o][t] = values[o];
            }
        }
        return out;
    }
}
