package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * JSA is (x[t] + x[t - period]) / 2 and nothing else: a NaN inside the series makes exactly the two outputs
 * that read it NaN (a window with zero taps between the two values would make every output around it NaN).
 */
class JsaTest {
    @Test
    void aNanMakesExactlyTheTwoOutputsThatReadItNan() {
        Indicator jsa = Indicators.get("jsa");
        double[] x = Candles.randomWalk(400, 5).close();
        Arrays.fill(x, 0, 7, Double.NaN); // leading NaNs shift the start
        x[150] = Double.NaN;
        for (int period : new int[] {1, 4, 30}) {
            double[] expected = new double[x.length];
            Arrays.fill(expected, Double.NaN);
            for (int t = 7 + period; t < x.length; t++) {
                expected[t] = (x[t] + x[t - period]) * 0.5;
            }
            assertEquals(2, Arrays.stream(expected, 7 + period, x.length).filter(Double::isNaN).count());
            for (Vectorization k : TestVectorizations.all()) {
                assertArrayEquals(expected, jsa.compute(new double[][] {x}, new double[] {period}, k)[0],
                        "jsa(" + period + ") " + k);
            }
            IndicatorStream.OfSeries stream = (IndicatorStream.OfSeries) jsa.stream(period);
            double[] streamed = Arrays.stream(x).map(stream::update).toArray();
            assertArrayEquals(expected, streamed, "jsa(" + period + ") stream");
        }
    }
}
