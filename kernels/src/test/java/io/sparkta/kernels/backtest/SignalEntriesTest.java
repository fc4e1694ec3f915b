package io.sparkta.kernels.backtest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Vectorization;
import org.junit.jupiter.api.Test;

class SignalEntriesTest {
    private static final double NAN = Double.NaN;

    @Test
    void entersOnPositiveExitsAfterHoldOrOnNegative() {
        double[] signal = {NAN, 100, 0, 0, 0, 100, 0, -100, 0, 200, 100, 0};
        // long after bar 1 for three bars; long after bar 5, flat after bar 7 (negative); long again after bar 9
        double[] want = {0, 1, 1, 1, 0, 1, 1, 0, 0, 1, 1, 1};
        assertArrayEquals(want, SignalEntries.positions(signal, 3));
        assertArrayEquals(new double[] {0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0}, SignalEntries.positions(signal, 1));
    }

    /** The metrics are those of the positions: compounded returns while long and the number of changes. */
    @Test
    void metricsFollowThePositionsOfAPatternSignal() {
        Candles c = Candles.randomWalk(5000, 3);
        double[] codes = Indicators.get("cdlspinningtop").compute(new double[][] {c.open(), c.high(), c.low(),
            c.close()}, new double[0], Vectorization.SCALAR)[0];
        double[] positions = SignalEntries.positions(codes, 6);
        double equity = 1;
        int changes = 0, exposed = 0;
        for (int t = 1; t < positions.length; t++) {
            equity *= 1 + positions[t - 1] * (c.close()[t] / c.close()[t - 1] - 1);
            exposed += (int) positions[t - 1];
        }
        for (int t = 0; t < positions.length; t++) {
            changes += positions[t] != (t == 0 ? 0 : positions[t - 1]) ? 1 : 0;
        }
        double[] metrics = new double[Crossover.METRICS.length];
        SignalEntries.evaluate(c.close(), codes, 6, 2190, metrics);
        assertTrue(changes > 10, "spinning tops should trade on 5,000 bars, changes: " + changes);
        assertEquals(equity - 1, metrics[0], 1e-12);
        assertEquals(changes, metrics[3]);
        assertEquals((double) exposed / (positions.length - 1), metrics[4], 1e-15);
    }

    @Test
    void rejectsAHoldBelowOneAndMismatchedLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SignalEntries.positions(new double[3], 0));
        assertEquals("SignalEntries: hold_bars = 0 (valid range: >= 1)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SignalEntries.evaluate(new double[3], new double[2], 1, 1, new double[5]));
        assertTrue(e.getMessage().contains("signal has 2 values, close 3"), e.getMessage());
    }
}
