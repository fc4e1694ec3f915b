package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/** Every error kind, with messages that name the indicator, the parameter, the value and the valid range. */
class ErrorTest {

    private static IndicatorException expect(ErrorKind kind, Executable call, String... fragments) {
        IndicatorException e = assertThrows(IndicatorException.class, call);
        assertEquals(kind, e.kind(), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' lacks '" + f + "'");
        }
        return e;
    }

    private static double[][] series(Indicator ind, double... values) {
        double[][] in = new double[ind.spec().inputs().size()][];
        Arrays.fill(in, values);
        return in;
    }

    /** The data-dependent kinds, for every indicator through the same generic API. */
    @TestFactory
    Stream<DynamicTest> dataErrorsForEveryIndicator() {
        return Indicators.all().stream().map(ind -> DynamicTest.dynamicTest(ind.id(), () -> {
            double[] p = ind.spec().defaults();
            expect(ErrorKind.EMPTY_INPUT, () -> ind.compute(series(ind), p, Vectorization.AUTO), ind.id() + ": empty");
            expect(ErrorKind.ALL_VALUES_NAN,
                    () -> ind.compute(series(ind, Double.NaN, Double.NaN), p, Vectorization.AUTO),
                    ind.id() + ":", "NaN");
            int window = windowParam(ind.spec());
            if (window < 0) {
                return; // no window parameter (mwdx's factor, pma's fixed lengths): tested on their own
            }
            String name = ind.spec().params().get(window).name();
            // shorter than the window (ott's default window is 2)
            double[] shortSeries = new double[Math.min(3, (int) p[window] - 1)];
            Arrays.fill(shortSeries, 1.0);
            expect(ErrorKind.INVALID_PERIOD, () -> ind.compute(series(ind, shortSeries), p, Vectorization.AUTO),
                    ind.id() + ":", name + " = " + (long) p[window], "data length " + shortSeries.length);
            double[] mostlyNaN = new double[(int) p[window] + 1];
            Arrays.fill(mostlyNaN, Double.NaN);
            mostlyNaN[mostlyNaN.length - 1] = 1.0;
            expect(ErrorKind.NOT_ENOUGH_VALID_DATA, () -> ind.compute(series(ind, mostlyNaN), p, Vectorization.AUTO),
                    ind.id() + ":", "needed", "valid 1");
            String period = name;
            double[] zeroPeriod = p.clone();
            zeroPeriod[window] = 0;
            expect(ErrorKind.INVALID_PERIOD,
                    () -> ind.compute(series(ind, new double[100]), zeroPeriod, Vectorization.AUTO),
                    ind.id() + ": invalid " + period + " = 0 (valid: " + (long) ind.spec().params().get(window).min() + "..)");
            expect(ErrorKind.INVALID_PERIOD, () -> ind.stream(zeroPeriod), period + " = 0");
            assertTrue(ErrorKind.INVALID_PERIOD.isDataDependent());
        }));
    }

    /** The longest window parameter by default value (slow_period, long_period, ...), or -1 if none. */
    private static int windowParam(IndicatorSpec spec) {
        int best = -1;
        for (int i = 0; i < spec.params().size(); i++) {
            ParamSpec ps = spec.params().get(i);
            if (ps.errorKind() == ErrorKind.INVALID_PERIOD && (best < 0 || ps.defaultValue() > spec.params().get(best).defaultValue())) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void factorAverages() {
        Indicator mwdx = Indicators.get("mwdx");
        expect(ErrorKind.INVALID_PARAMETER,
                () -> mwdx.compute(new double[][] {{1, 2}}, new double[] {0.0}, Vectorization.AUTO),
                "mwdx: invalid factor = 0.0 (valid: > 0.0)");
        Indicator epma = Indicators.get("epma");
        expect(ErrorKind.INVALID_PARAMETER, () -> epma.compute(new double[][] {new double[50]}, new double[] {5, 5},
                Vectorization.AUTO), "epma: invalid offset = 5 for period 5 (valid: 0..4)");
    }

    /** The averages' own rules beyond their windows, with VectorTA's error kinds. */
    @Test
    void averageSpecificRules() {
        double[] x = new double[100];
        Arrays.fill(x, 1.0);
        Indicator vlma = Indicators.get("vlma");
        expect(ErrorKind.INVALID_PARAMETER, () -> vlma.compute(new double[][] {x}, new double[] {20, 10, 0, 0},
                Vectorization.AUTO), "vlma: invalid min_period = 20 for max_period 10 (valid: 1..max_period)");
        Indicator tradjema = Indicators.get("tradjema");
        expect(ErrorKind.INVALID_PARAMETER, () -> tradjema.compute(new double[][] {x, x, x}, new double[] {40, 0.0},
                Vectorization.AUTO), "tradjema: invalid mult = 0.0 (valid: > 0.0)");
        expect(ErrorKind.INVALID_PERIOD, () -> tradjema.compute(new double[][] {x, x, x}, new double[] {1, 10.0},
                Vectorization.AUTO), "tradjema: invalid length = 1 (valid: 2..)");
        Indicator cora = Indicators.get("cora_wave");
        expect(ErrorKind.INVALID_PARAMETER, () -> cora.compute(new double[][] {x}, new double[] {20, -1.0, 1},
                Vectorization.AUTO), "cora_wave: invalid r_multi = -1.0");
        Indicator vama = Indicators.get("volatility_adjusted_ma");
        expect(ErrorKind.INVALID_PARAMETER, () -> vama.compute(new double[][] {x}, new double[] {20, 10, 1, 4, 5},
                Vectorization.AUTO), "volatility_adjusted_ma: invalid smooth_type = 4 (valid: 1..3)");
        expect(ErrorKind.INVALID_PERIOD, () -> vama.compute(new double[][] {x}, new double[] {101, 10, 1, 3, 5},
                Vectorization.AUTO), "invalid base_period = 101 for data length 100");
        Indicator frama = Indicators.get("frama");
        expect(ErrorKind.INVALID_PARAMETER, () -> frama.compute(new double[][] {x, x, x}, new double[] {10, 0, 1},
                Vectorization.AUTO), "frama: invalid sc = 0");
        expect(ErrorKind.INVALID_PERIOD, () -> frama.compute(new double[][] {x, x, x}, new double[] {101, 300, 1},
                Vectorization.AUTO), "frama: invalid window = 101 for data length 100");
        double[] short99 = Arrays.copyOf(x, 99);
        expect(ErrorKind.NOT_ENOUGH_VALID_DATA, () -> frama.compute(new double[][] {short99, short99, short99},
                new double[] {99, 300, 1}, Vectorization.AUTO), "frama: not enough valid data: needed 100, valid 99");
        Indicator sama = Indicators.get("sama");
        expect(ErrorKind.INVALID_PERIOD, () -> sama.compute(new double[][] {x}, new double[] {100, 14, 6},
                Vectorization.AUTO), "sama: invalid length = 100 for data length 100 (valid: 1..99)");
        Indicator uma = Indicators.get("uma");
        double[][] candles = {x, x, x, x, x};
        expect(ErrorKind.INVALID_PARAMETER,
                () -> uma.compute(candles, new double[] {1.0, 20, 10, 4}, Vectorization.AUTO),
                "uma: invalid min_length = 20 for max_length 10 (valid: 1..max_length)");
        expect(ErrorKind.INVALID_PARAMETER,
                () -> uma.compute(candles, new double[] {0.5, 5, 50, 4}, Vectorization.AUTO),
                "uma: invalid accelerator = 0.5");
        Indicator volumeMa = Indicators.get("volume_adjusted_ma");
        expect(ErrorKind.INVALID_PARAMETER, () -> volumeMa.compute(new double[][] {x, x},
                new double[] {13, 0.0, 1, 0}, Vectorization.AUTO), "volume_adjusted_ma: invalid vi_factor = 0.0");
        expect(ErrorKind.NOT_ENOUGH_VALID_DATA, () -> Indicators.get("nma").compute(new double[][] {x},
                new double[] {100}, Vectorization.AUTO), "nma: not enough valid data: needed 101, valid 100");
    }

    @Test
    void almaParameters() {
        Indicator alma = Indicators.get("alma");
        double[][] in = {new double[50]};
        expect(ErrorKind.INVALID_PARAMETER, () -> alma.compute(in, new double[] {9, 0.85, 0.0}, Vectorization.AUTO),
                "alma: invalid sigma = 0.0 (valid: > 0.0)");
        expect(ErrorKind.INVALID_PARAMETER, () -> alma.compute(in, new double[] {9, 1.5, 6.0}, Vectorization.AUTO),
                "alma: invalid offset = 1.5 (valid: [0.0, 1.0])");
        expect(ErrorKind.INVALID_PARAMETER,
                () -> alma.compute(in, new double[] {9, Double.NaN, 6.0}, Vectorization.AUTO),
                "offset = NaN");
        expect(ErrorKind.INVALID_PERIOD, () -> alma.compute(in, new double[] {2.5, 0.85, 6.0}, Vectorization.AUTO),
                "period = 2.5");
        assertFalse(ErrorKind.INVALID_PARAMETER.isDataDependent());
    }

    @Test
    void trendflexRejectsPeriodAtDataLength() {
        Indicator tf = Indicators.get("trendflex");
        double[] x = new double[20];
        expect(ErrorKind.INVALID_PERIOD, () -> tf.values(x, 20), "trendflex: invalid period = 20", "valid: 2..19");
        expect(ErrorKind.INVALID_PERIOD, () -> tf.values(x, 1), "valid: 2..");
        assertEquals(20, tf.values(x, 19).length);
    }

    @Test
    void choiceAndIntegerParameters() {
        Indicator bb = Indicators.get("bollinger_bands");
        ParamSpec matype = bb.spec().param("matype");
        expect(ErrorKind.INVALID_PARAMETER, () -> matype.parse("bollinger_bands", "nope"),
                "bollinger_bands: invalid matype = 'nope' (valid: one of ", "sma");
        assertEquals(matype.choiceIndex("smma"), matype.parse("bollinger_bands", "SMMA"));
        expect(ErrorKind.INVALID_PARAMETER, () -> bb.spec().param("devtype").validate("bollinger_bands", 3),
                "invalid devtype = 3 (valid: 0..2)");
        expect(ErrorKind.INVALID_PARAMETER, () -> bb.spec().param("nope"), "unknown parameter 'nope'", "devtype");
    }

    @Test
    void lengthMismatch() {
        Indicator atr = Indicators.get("atr");
        expect(ErrorKind.LENGTH_MISMATCH, () -> atr.compute(new double[][] {new double[30], new double[30],
            new double[29]}, atr.spec().defaults(), Vectorization.AUTO),
            "atr: input 'close' has length 29, expected 30");
        Indicator alma = Indicators.get("alma");
        expect(ErrorKind.LENGTH_MISMATCH, () -> alma.computeInto(new double[][] {new double[30]},
            alma.spec().defaults(), Vectorization.AUTO, new double[][] {new double[31]}), "output 'values'");
    }

    @Test
    void invalidRanges() {
        IndicatorSpec alma = Indicators.get("alma").spec();
        expect(ErrorKind.INVALID_RANGE, () -> ParamGrid.defaults(alma).range("period", 5, 10.5, 1), "period");
        expect(ErrorKind.INVALID_RANGE, () -> ParamGrid.defaults(alma).range("sigma", 1, Double.NaN, 1), "sigma");
        expect(ErrorKind.INVALID_RANGE, () -> ParamGrid.defaults(alma).values("offset"), "offset");
        ParamGrid huge = ParamGrid.defaults(alma).range("period", 1, 100_000, 1).range("offset", 0, 1, 1e-6);
        expect(ErrorKind.INVALID_RANGE, huge::size, "combos");
        expect(ErrorKind.INVALID_PARAMETER, () -> ParamGrid.defaults(alma).range("sigma", -1, 1, 1).combos(),
                "sigma = -1.0");
    }

    @Test
    void unknownNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Indicators.get("nope"));
        assertTrue(e.getMessage().contains("alma"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Source.of("hl3"));
        assertEquals(Source.HLCC4, Source.of("HLCC"));
        assertThrows(IllegalArgumentException.class, () -> Vectorization.of("avx9"));
    }
}
