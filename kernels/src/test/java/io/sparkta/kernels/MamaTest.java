package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import org.junit.jupiter.api.Test;

/**
 * The Hilbert-cycle averages against TA-Lib's implementations of the same Ehlers recursions: VectorTA's MAMA
 * tests check no values, and its instantaneous-trendline test rounds to 0.1. Both libraries start from their
 * own initial state, so they agree once that has decayed (a few hundred bars).
 */
class MamaTest {
    @Test
    void itrendAgreesWithTaLibTrendlineOnceConverged() {
        double[] close = Candles.randomWalk(4000, 19).close();
        double[] ours = Indicators.get("ehlers_itrend").compute(new double[][] {close}, new double[] {12, 50},
                Vectorization.AUTO)[0];
        double[] line = new double[close.length];
        MInteger begin = new MInteger(), count = new MInteger();
        assertEquals(RetCode.Success, new Core().htTrendline(0, close.length - 1, close, begin, count, line));
        for (int t = 1000; t < close.length; t++) {
            assertEquals(line[t - begin.value], ours[t], 1e-9 * Math.abs(ours[t]), "itrend at " + t);
        }
    }

    @Test
    void agreesWithTaLibOnceConverged() {
        double[] close = Candles.randomWalk(4000, 17).close();
        for (double[] limits : new double[][] {{0.5, 0.05}, {0.3, 0.1}}) {
            double[][] ours = Indicators.get("mama").compute(new double[][] {close}, limits, Vectorization.AUTO);
            double[] mama = new double[close.length], fama = new double[close.length];
            MInteger begin = new MInteger(), count = new MInteger();
            assertEquals(RetCode.Success, new Core().mama(0, close.length - 1, close, limits[0], limits[1], begin,
                    count, mama, fama));
            int compared = 0;
            for (int t = 1000; t < close.length; t++) {
                int i = t - begin.value;
                assertEquals(mama[i], ours[0][t], 1e-9 * Math.abs(mama[i]), "mama at " + t);
                assertEquals(fama[i], ours[1][t], 1e-9 * Math.abs(fama[i]), "fama at " + t);
                compared++;
            }
            assertTrue(compared == 3000);
        }
    }

    /** The evidence for the listed deviation from VectorTA: on its own reference candles ours is TA-Lib's MAMA. */
    @Test
    void agreesWithTaLibOnTheReferenceCandles() {
        double[] close = SharedData.btc4h().close();
        double[][] ours = Indicators.get("mama").compute(new double[][] {close}, new double[] {0.5, 0.05},
                Vectorization.AUTO);
        double[] mama = new double[close.length], fama = new double[close.length];
        MInteger begin = new MInteger(), count = new MInteger();
        assertEquals(RetCode.Success, new Core().mama(0, close.length - 1, close, 0.5, 0.05, begin, count, mama,
                fama));
        for (int t = 1000; t < close.length; t++) {
            int i = t - begin.value;
            assertEquals(mama[i], ours[0][t], 1e-9 * Math.abs(mama[i]), "mama at " + t);
            assertEquals(fama[i], ours[1][t], 1e-9 * Math.abs(fama[i]), "fama at " + t);
        }
    }
}
