package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import org.junit.jupiter.api.Test;

/**
 * VectorTA's MAMA tests check no values, so MAMA is checked against TA-Lib's implementation of the same Ehlers
 * recursion: both start from their own initial state, so they agree once that has decayed (alpha is at least
 * slow_limit, so after a few hundred bars).
 */
class MamaTest {
    @Test
    void agreesWithTaLibOnceConverged() {
        double[] close = Candles.randomWalk(4000, 17).close();
        for (double[] limits : new double[][] {{0.5, 0.05}, {0.3, 0.1}}) {
            double[][] ours = Indicators.get("mama").compute(new double[][] {close}, limits, Kernel.AUTO);
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
}
