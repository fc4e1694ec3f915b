package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * rsmk has no whole-series reference (it needs a second series): held to a plain reading of VectorTA's
 * rsmk.rs on BTC's close against its open as the benchmark.
 */
class RsmkTest {
    private static final Indicator RSMK = Indicators.get("rsmk");

    @Test
    void emaIndicatorAndItsSeededEmaSignal() {
        Candles btc = SharedData.btc4h();
        double[] main = btc.close(), bench = btc.open();
        int lookback = 90, period = 3, signal = 20, n = main.length;
        double[][] out = RSMK.compute(new double[][] {main, bench}, RSMK.spec().defaults(), Vectorization.AUTO);
        double[] mom = momentum(main, bench, lookback);
        double[] ind = nan(n), sig = nan(n);
        int indFrom = lookback + period - 1, sigFrom = indFrom + signal - 1;
        double ema = 0;
        for (int t = lookback; t <= indFrom; t++) {
            ema += mom[t] / period;
        }
        ind[indFrom] = ema *= 100;
        for (int t = indFrom + 1; t < n; t++) {
            ind[t] = ema += 2.0 / (period + 1) * (100 * mom[t] - ema);
        }
        double s = 0;
        for (int t = indFrom; t < sigFrom; t++) { // VectorTA's seed: the signal - 1 values before its first bar
            s += ind[t] / (signal - 1);
        }
        sig[sigFrom] = s;
        for (int t = sigFrom + 1; t < n; t++) {
            sig[t] = s += 2.0 / (signal + 1) * (ind[t] - s);
        }
        assertClose(ind, out[0], "indicator");
        assertClose(sig, out[1], "signal");
    }

    @Test
    void smaIndicatorAndSmaSignal() {
        Candles btc = SharedData.btc4h();
        double[] main = btc.close(), bench = btc.open(), p = RSMK.spec().defaults();
        p[RSMK.spec().params().indexOf(RSMK.spec().param("matype"))] = RSMK.spec().param("matype").choiceIndex("sma");
        p[RSMK.spec().params().indexOf(RSMK.spec().param("signal_matype"))] =
                RSMK.spec().param("signal_matype").choiceIndex("sma");
        int lookback = 90, period = 3, signal = 20, n = main.length;
        double[][] out = RSMK.compute(new double[][] {main, bench}, p, Vectorization.AUTO);
        double[] mom = momentum(main, bench, lookback), ind = nan(n), sig = nan(n);
        for (int t = lookback + period - 1; t < n; t++) {
            ind[t] = 100 * mean(mom, t, period);
        }
        for (int t = lookback + period + signal - 2; t < n; t++) {
            sig[t] = mean(ind, t, signal);
        }
        assertClose(ind, out[0], "indicator");
        assertClose(sig, out[1], "signal");
    }

    private static double[] momentum(double[] main, double[] bench, int lookback) {
        double[] mom = nan(main.length);
        for (int t = lookback; t < main.length; t++) {
            mom[t] = Math.log(main[t] / bench[t]) - Math.log(main[t - lookback] / bench[t - lookback]);
        }
        return mom;
    }

    private static double mean(double[] x, int t, int window) {
        double s = 0;
        for (int k = t - window + 1; k <= t; k++) {
            s += x[k];
        }
        return s / window;
    }

    private static double[] nan(int n) {
        double[] x = new double[n];
        java.util.Arrays.fill(x, Double.NaN);
        return x;
    }

    private static void assertClose(double[] want, double[] got, String what) {
        int compared = 0;
        for (int t = 0; t < want.length; t++) {
            assertEquals(Double.isNaN(want[t]), Double.isNaN(got[t]), what + " NaN at " + t);
            if (!Double.isNaN(want[t])) {
                assertEquals(want[t], got[t], 1e-9 * Math.max(1, Math.abs(want[t])), what + " at " + t);
                compared++;
            }
        }
        assertTrue(compared > want.length / 2, what + ": values compared " + compared);
    }
}
