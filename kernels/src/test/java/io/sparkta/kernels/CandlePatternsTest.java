package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every candlestick pattern against TA-Lib's Java port (com.tictactec ta-lib 0.4.0, default candle settings) on
 * the 4h candles, on VectorTA's 10kCandles.csv and on seeded candles with gaps, shaven and doji bars (where the
 * rarer patterns occur): NaN over TA-Lib's lookback, then TA-Lib's code on every bar; the stream, a batch row
 * and pattern_recognition give the same series. Every pattern occurs somewhere in the data.
 */
class CandlePatternsTest {
    /** TA-Lib's method names where they are not the id's spelling. */
    private static final Map<String, String> TALIB_NAMES = Map.of("cdlseparatinglines", "cdlSeperatingLines",
            "cdlhighwave", "cdlHignWave", "cdlsticksandwich", "cdlStickSandwhich",
            "cdlconcealbabyswall", "cdlConcealBabysWall");

    @TestFactory
    Stream<DynamicTest> everyPatternMatchesTaLib() {
        List<double[][]> data = List.of(ohlc(SharedData.btc4h()), tenThousandCandles(), gappyCandles(50_000, 7));
        List<Indicator> patterns = Indicators.all().stream().filter(i -> Indicators.isPatternFunction(i.spec()))
                .toList();
        assertTrue(patterns.size() > 0, "no candlestick patterns registered");
        return patterns.stream().map(ind -> DynamicTest.dynamicTest(ind.id(), () -> {
            Method talib = talib(ind.id());
            double[] p = ind.spec().defaults();
            int found = 0;
            for (double[][] in : data) {
                found += check(ind, talib, in, p);
                if (p.length == 1) {
                    check(ind, talib, in, new double[] {0.1});
                }
            }
            assertTrue(found > 0, ind.id() + " never occurs in the test data");
            sameThroughEveryCall(ind, data.get(0), p);
        }));
    }

    /** Checks one series; returns on how many bars the pattern occurs. */
    private static int check(Indicator ind, Method talib, double[][] in, double[] p) throws Exception {
        int n = in[0].length;
        double[] ours = ind.compute(in, p, Vectorization.AUTO)[0];
        double[] want = taLib(talib, in, p);
        String where = ind.id() + " n=" + n + " params=" + Arrays.toString(p);
        for (int t = 0; t < n; t++) {
            assertEquals(want[t], ours[t], 0.0, where + " bar " + t);
        }
        assertEquals(ind.warmup(p), firstFinite(want), where + " warm-up");
        return (int) Arrays.stream(ours).filter(v -> v != 0 && !Double.isNaN(v)).count();
    }

    /** The stream, a batch row and pattern_recognition give the single call's series. */
    private static void sameThroughEveryCall(Indicator ind, double[][] in, double[] p) {
        int n = in[0].length;
        double[] ours = ind.compute(in, p, Vectorization.AUTO)[0];
        String where = ind.id() + " params=" + Arrays.toString(p);
        IndicatorStream stream = ind.stream(p);
        double[] bar = new double[4], out = new double[1];
        for (int t = 0; t < n; t++) {
            for (int j = 0; j < 4; j++) {
                bar[j] = in[j][t];
            }
            stream.update(bar, out);
            assertEquals(ours[t], out[0], 0.0, where + " stream at " + t);
        }
        BatchResult batch = ind.batch(in, ConformanceTest.gridOf(ind.spec(), p),
                BatchOptions.serial(Vectorization.AUTO));
        assertArrayEquals(ours, batch.row(0, 0), where + " batch row");
        Indicator dispatcher = Indicators.get("pattern_recognition");
        double[] q = {dispatcher.spec().param("pattern_type").choiceIndex(ind.id()), p.length == 1 ? p[0] : 0};
        assertArrayEquals(ours, dispatcher.compute(in, q, Vectorization.AUTO)[0], where + " pattern_recognition");
    }

    private static int firstFinite(double[] x) {
        int t = 0;
        while (t < x.length && Double.isNaN(x[t])) {
            t++;
        }
        return t;
    }

    /** TA-Lib's output, aligned with the bars (its first output is bar outBegIdx), NaN before it. */
    private static double[] taLib(Method m, double[][] in, double[] p) throws Exception {
        int n = in[0].length;
        MInteger begin = new MInteger(), count = new MInteger();
        int[] out = new int[n];
        Object[] args = p.length == 1
                ? new Object[] {0, n - 1, in[0], in[1], in[2], in[3], p[0], begin, count, out}
                : new Object[] {0, n - 1, in[0], in[1], in[2], in[3], begin, count, out};
        assertEquals("Success", m.invoke(new Core(), args).toString(), m.getName());
        double[] aligned = new double[n];
        Arrays.fill(aligned, Double.NaN);
        for (int k = 0; k < count.value; k++) {
            aligned[begin.value + k] = out[k];
        }
        return aligned;
    }

    private static Method talib(String id) {
        String name = TALIB_NAMES.getOrDefault(id, id);
        for (Method m : Core.class.getMethods()) {
            if (m.getName().equalsIgnoreCase(name) && m.getParameterTypes().length > 2
                    && m.getParameterTypes()[2] == double[].class) {
                return m;
            }
        }
        assertNotNull(null, "TA-Lib has no " + name);
        return null;
    }

    /**
     * A seeded random walk of candles on a quarter-point grid: drifting runs, gaps at half the opens, shaven ends
     * a third of the time; then, after calm bars, one mat hold, one concealing baby swallow and one three stars
     * in the south, too rare to occur by chance.
     */
    static double[][] gappyCandles(int n, long seed) {
        double[][][] crafted = {
            {{100, 121, 99, 120}, {126, 127, 123, 124}, {121, 122, 118.5, 119}, {120, 120.5, 117.5, 118},
                {119, 131, 118.5, 130}},
            {{100, 100, 95, 95}, {95, 95, 90, 90}, {89, 91, 87.5, 88}, {92, 92, 85, 86}},
            {{110, 110, 88, 100}, {104, 104, 95, 99}, {98, 98, 97.5, 97.5}},
        };
        int calm = 12;
        int total = n + Arrays.stream(crafted).mapToInt(c -> calm + c.length).sum();
        double[][] x = new double[4][total];
        SplittableRandom r = new SplittableRandom(seed);
        double level = 1000, drift = 0;
        for (int i = 0; i < n; i++) {
            if (r.nextInt(8) == 0) {
                drift = (r.nextInt(3) - 1) * 4;
            }
            double open = level + (r.nextBoolean() ? 0 : gauss(r) * 4);
            double close = open + drift + gauss(r) * 6;
            double high = Math.max(open, close) + (r.nextInt(3) == 0 ? 0 : Math.abs(gauss(r)) * 3);
            double low = Math.min(open, close) - (r.nextInt(3) == 0 ? 0 : Math.abs(gauss(r)) * 3);
            double[] bar = {open, high, low, close};
            for (int j = 0; j < 4; j++) {
                x[j][i] = Math.rint(bar[j] * 4) / 4;
            }
            level = close;
        }
        int t = n;
        for (double[][] pattern : crafted) {
            for (int i = 0; i < calm; i++, t++) {
                double open = i % 2 == 0 ? 100 : 102;
                double[] bar = {open, 102.5, 99.5, 202 - open};
                for (int j = 0; j < 4; j++) {
                    x[j][t] = bar[j];
                }
            }
            for (double[] bar : pattern) {
                for (int j = 0; j < 4; j++) {
                    x[j][t] = bar[j];
                }
                t++;
            }
        }
        return x;
    }

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static double[][] ohlc(Candles c) {
        return new double[][] {c.open(), c.high(), c.low(), c.close()};
    }

    /** VectorTA's 10kCandles.csv: its header says open, high, low, close, but its columns are open, close, high, low. */
    private static double[][] tenThousandCandles() {
        try {
            List<String> lines = Files.readAllLines(SharedData.dir().resolve("data/10kCandles.csv"));
            int n = lines.size() - 1;
            double[][] ohlc = new double[4][n];
            int[] column = {1, 3, 4, 2}; // open, high, low, close by position
            for (int i = 0; i < n; i++) {
                String[] f = lines.get(i + 1).split(",");
                for (int j = 0; j < 4; j++) {
                    ohlc[j][i] = Double.parseDouble(f[column[j]]);
                }
            }
            return ohlc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
