package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sparkta.kernels.ma.MovingAverages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code ma} runs every selectable average by name, equal to calling it directly (VectorTA's ma test runs them all). */
class MaSelectorTest {
    @Test
    void everyNameEqualsTheAverageItself() {
        Indicator ma = Indicators.get("ma");
        ParamSpec type = ma.spec().params().get(0);
        double[] close = Candles.randomWalk(600, 3).close();
        List<String> names = MovingAverages.names();
        assertTrue(names.size() >= 25 && names.contains("hma") && names.contains("sma"), names.toString());
        for (String name : names) {
            Indicator direct = Indicators.get(name);
            double[] params = {type.parse("ma", name), 20};
            double[] expected = direct.compute(new double[][] {close}, MovingAverages.params(direct, 20),
                    Vectorization.SCALAR)[0];
            for (Vectorization k : TestVectorizations.all()) {
                assertArrayEquals(expected, ma.compute(new double[][] {close}, params, k)[0], name + " " + k);
            }
            assertEquals(direct.warmup(MovingAverages.params(direct, 20)), ma.warmup(params), name);
        }
        IndicatorException e = assertThrows(IndicatorException.class,
                () -> ma.compute(new double[][] {close}, new double[] {type.parse("ma", "trima"), 3},
                        Vectorization.AUTO));
        assertTrue(e.getMessage().startsWith("trima: invalid period = 3"), e.getMessage());
        e = assertThrows(IndicatorException.class, () -> type.parse("ma", "nope"));
        assertTrue(e.getMessage().contains("invalid ma_type = 'nope'") && e.getMessage().contains("hma"), e.getMessage());
    }
}
