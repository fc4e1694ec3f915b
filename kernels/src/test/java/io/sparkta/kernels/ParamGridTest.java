package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Grid expansion exactly as VectorTA's: nested loops, first parameter outermost, reals by repeated addition. */
class ParamGridTest {
    private final IndicatorSpec alma = Indicators.get("alma").spec();
    /** VectorTA's catalogue gives no default sweep range for its parameters. */
    private final IndicatorSpec noRanges = Indicators.get("ehlers_ecema").spec();

    @Test
    void vectortaExample() {
        ParamGrid g = ParamGrid.defaults(alma).range("period", 9, 20, 1).range("offset", 0.5, 1.0, 0.1)
                .range("sigma", 3, 9, 1);
        double[][] combos = g.combos();
        assertEquals(504, combos.length);
        assertArrayEquals(new double[] {0.5, 0.6, 0.7, 0.7999999999999999, 0.8999999999999999, 0.9999999999999999},
                g.axis("offset"));
        assertArrayEquals(new double[] {9, 0.5, 3}, combos[0]);
        assertArrayEquals(new double[] {9, 0.5, 4}, combos[1]);
        assertArrayEquals(new double[] {9, 0.6, 3}, combos[7]);
        assertArrayEquals(new double[] {10, 0.5, 3}, combos[42]);
        assertArrayEquals(new double[] {20, 0.9999999999999999, 9}, combos[503]);
    }

    @Test
    void axisRules() {
        ParamGrid g = ParamGrid.defaults(alma);
        assertArrayEquals(new double[] {9}, g.axis("period"));
        assertArrayEquals(new double[] {5}, g.range("period", 5, 9, 0).axis("period"));
        assertArrayEquals(new double[] {10, 8, 6}, g.range("period", 10, 5, 2).axis("period"));
        assertArrayEquals(new double[] {5, 7, 9}, g.range("period", 5, 9, -2).axis("period"));
        assertArrayEquals(new double[] {1.0, 0.75, 0.5}, g.range("offset", 1.0, 0.5, 0.25).axis("offset"));
        assertArrayEquals(new double[] {0.85}, g.range("offset", 0.85, 0.85 + 1e-13, 0.1).axis("offset"));
        assertArrayEquals(new double[] {3, 1, 2}, g.values("period", 3, 1, 2).axis("period"));
    }

    @Test
    void aNameAloneSweepsTheDefaultRange() {
        IndicatorSpec rsi = Indicators.get("rsi").spec();
        double[] periods = ParamGrid.parse(rsi, "period").axis("period");
        assertEquals(250, periods.length);
        assertEquals(14, periods[0]);
        assertEquals(263, periods[249]);
        assertArrayEquals(new double[] {6.0}, ParamGrid.parse(alma, "sigma").axis("sigma")); // (6.0, 6.0, 0.0)
        IndicatorException e = org.junit.jupiter.api.Assertions.assertThrows(IndicatorException.class,
                () -> ParamGrid.parse(noRanges, "length"));
        assertEquals(ErrorKind.INVALID_RANGE, e.kind());
    }

    @Test
    void chunksAndTextualGrids() {
        ParamGrid g = ParamGrid.parse(alma, "period=9:20:1, offset=0.5:1.0:0.1,sigma=3;5;9");
        double[][] all = g.combos();
        assertEquals(12 * 6 * 3, all.length);
        double[][] chunk = g.combos(50, 70);
        for (int r = 0; r < chunk.length; r++) {
            assertArrayEquals(all[50 + r], chunk[r]);
        }
        assertArrayEquals(new double[] {3, 5, 9}, g.axis("sigma"));
        IndicatorSpec bb = Indicators.get("bollinger_bands").spec();
        ParamGrid b = ParamGrid.parse(bb, "matype=sma;smma,period=10");
        assertEquals(2, b.size());
        assertEquals(bb.param("matype").choiceIndex("smma"), b.combos()[1][3]);
        IndicatorException e = org.junit.jupiter.api.Assertions.assertThrows(IndicatorException.class,
                () -> ParamGrid.parse(alma, "period=5:x:1"));
        assertEquals(ErrorKind.INVALID_RANGE, e.kind());
        org.junit.jupiter.api.Assertions.assertThrows(IndicatorException.class, () -> ParamGrid.parse(alma, "bogus=1"));
        org.junit.jupiter.api.Assertions.assertThrows(IndicatorException.class,
                () -> ParamGrid.parse(noRanges, "length"));
    }

    @Test
    void batchRowsAlignWithCombos() {
        double[] x = RandomSeries.walk(500, new java.util.SplittableRandom(7));
        Indicator ind = Indicators.get("alma");
        BatchResult r = ind.batch(new double[][] {x}, ParamGrid.defaults(alma).range("period", 5, 50, 1)
                .range("sigma", 4, 6, 2), BatchOptions.parallel(Vectorization.AUTO));
        assertEquals(92, r.rows());
        int row = r.rowOf(17, 0.85, 6);
        assertEquals((17 - 5) * 2 + 1, row);
        assertArrayEquals(ind.values(x, 17, 0.85, 6), r.row(0, row));
        assertArrayEquals(r.outputs()[0], r.output("values"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> r.output("upper_band"));
    }
}
