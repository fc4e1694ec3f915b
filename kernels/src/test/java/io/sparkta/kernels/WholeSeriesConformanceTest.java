package io.sparkta.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered indicator that has a whole-series file in {@code ../shared/reference/vectorta_btc4h}
 * against VectorTA's own output on the 4h candles: every bar of every output, NaN positions identical,
 * values within {@code 1e-9 * max(1, |ref|)} (or the spread between VectorTA's own scalar and SIMD builds,
 * where that is larger), through the single, batch and stream APIs on both kernels. Differences are
 * accepted only in the bars of a {@link Deviation} the descriptor lists, and a listed deviation that no
 * longer shows fails too.
 */
class WholeSeriesConformanceTest {
    private static final double RELATIVE = 1e-9;

    @TestFactory
    Stream<DynamicNode> everyBarOfEveryOutput() {
        Candles btc = SharedData.btc4h();
        Set<String> ids = new TreeSet<>(ReferenceSeries.ids());
        List<DynamicNode> nodes = new ArrayList<>();
        for (Indicator ind : Indicators.all()) {
            if (!ids.contains(ind.id())) {
                continue;
            }
            nodes.add(DynamicContainer.dynamicContainer(ind.id(), paths(ind, btc)));
        }
        assertTrue(nodes.size() >= 50, "expected whole-series references for the registered indicators, got "
                + nodes.size());
        return nodes.stream();
    }

    private static Stream<DynamicNode> paths(Indicator ind, Candles btc) {
        IndicatorSpec spec = ind.spec();
        Map<String, double[]> ref = ReferenceSeries.read(spec);
        double[] params = ReferenceSeries.params(spec);
        double[][] inputs = spec.select(btc, ReferenceSeries.source(spec));
        List<DynamicNode> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("outputs named as VectorTA's", () ->
                assertEquals(new TreeSet<>(ref.keySet()), new TreeSet<>(ReferenceSeries.exported(spec)),
                        ind.id() + " outputs")));
        tests.add(DynamicTest.dynamicTest("listed deviations show", () -> {
            double[][] single = ind.compute(inputs, params, Vectorization.SCALAR);
            for (Deviation d : spec.deviations().stream().filter(Deviation::onReferenceData).toList()) {
                double[] ours = single[spec.outputs().indexOf(d.output())], want = ref.get(d.output());
                boolean shows = false;
                for (int t = d.fromBar(); t < d.toBar() && !shows; t++) {
                    shows = !close(ours[t], want[t], ind.id());
                }
                assertTrue(shows, ind.id() + ": deviation on " + d.output() + " bars " + d.fromBar() + ".."
                        + d.toBar() + " is listed but VectorTA now agrees there; remove it");
            }
        }));
        for (Vectorization k : TestVectorizations.all()) {
            tests.add(DynamicTest.dynamicTest(k + " single", () ->
                    compare(ind, ref, ind.compute(inputs, params, k), k + " single", 0)));
            tests.add(DynamicTest.dynamicTest(k + " batch row", () ->
                    compare(ind, ref, batchRow(ind, inputs, params, k), k + " batch", 0)));
            tests.add(DynamicTest.dynamicTest(k + " stream", () ->
                    compare(ind, ref, streamed(ind, inputs, params), k + " stream", spec.lookahead(params))));
        }
        return tests.stream();
    }

    /** The reference combo as one row of a larger sweep: its first numeric parameter also takes a neighbour. */
    private static double[][] batchRow(Indicator ind, double[][] inputs, double[] params, Vectorization k) {
        IndicatorSpec spec = ind.spec();
        ParamGrid grid = ConformanceTest.gridOf(spec, params);
        for (int i = 0; i < params.length; i++) {
            ParamSpec p = spec.params().get(i);
            if (p.type() == ParamType.CHOICE) {
                continue;
            }
            double step = p.type() == ParamType.INT ? 1 : Math.max(Math.abs(params[i]) * 0.1, 0.01);
            double neighbour = params[i] + step <= p.max() ? params[i] + step : params[i] - step;
            if (neighbour >= p.min() && !(p.minExclusive() && neighbour <= p.min())) {
                grid = grid.values(p.name(), neighbour, params[i]);
                break;
            }
        }
        BatchResult batch = ind.batch(inputs, grid, BatchOptions.serial(k));
        int row = batch.rowOf(params);
        assertTrue(row >= 0, ind.id() + ": reference combo missing from the sweep");
        double[][] out = new double[spec.outputs().size()][];
        for (int o = 0; o < out.length; o++) {
            out[o] = batch.row(o, row);
        }
        return out;
    }

    /**
     * The stream's values, each at the bar it is about: for an indicator that looks ahead, bar t's values come
     * with bar t + lookahead, so the last lookahead bars are never given (left 0 here, and not compared).
     */
    private static double[][] streamed(Indicator ind, double[][] inputs, double[] params) {
        int n = inputs[0].length, outputs = ind.spec().outputs().size(), lag = ind.spec().lookahead(params);
        IndicatorStream stream = ind.stream(params);
        double[][] out = new double[outputs][n];
        double[] bar = new double[inputs.length], values = new double[outputs];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < bar.length; i++) {
                bar[i] = inputs[i][t];
            }
            stream.update(bar, values);
            for (int o = 0; o < outputs; o++) {
                if (t >= lag) {
                    out[o][t - lag] = values[o];
                } else {
                    assertTrue(Double.isNaN(values[o]), ind.id() + ": the stream gave a value before bar " + lag);
                }
            }
        }
        return out;
    }

    /** Compares every bar but the last {@code unseen} ones (those a lagging stream has not decided yet). */
    private static void compare(Indicator ind, Map<String, double[]> ref, double[][] ours, String path, int unseen) {
        IndicatorSpec spec = ind.spec();
        StringBuilder problems = new StringBuilder();
        for (int o = 0; o < ours.length; o++) {
            String name = spec.outputs().get(o);
            double[] want = ref.get(name);
            if (want == null) {
                continue; // reported by "outputs named as VectorTA's"
            }
            assertEquals(want.length, ours[o].length, ind.id() + " " + name + " length");
            int differing = 0, firstBar = -1;
            for (int t = 0; t < want.length - unseen; t++) {
                if (close(ours[o][t], want[t], ind.id()) || deviates(spec, name, t)) {
                    continue;
                }
                if (differing++ == 0) {
                    firstBar = t;
                }
            }
            if (differing > 0) {
                problems.append(String.format("%n  %s: %d of %d bars differ, first at %d (ours %s, VectorTA %s)",
                        name, differing, want.length, firstBar, ours[o][firstBar], want[firstBar]));
            }
        }
        if (problems.length() > 0) {
            fail(ind.id() + " " + path + ":" + problems);
        }
    }

    private static boolean close(double ours, double want, String id) {
        if (Double.isNaN(want) || Double.isNaN(ours)) {
            return Double.isNaN(want) && Double.isNaN(ours);
        }
        double tol = Math.max(RELATIVE * Math.max(1, Math.abs(want)), ReferenceSeries.buildSpread(id));
        return Math.abs(ours - want) <= tol;
    }

    private static boolean deviates(IndicatorSpec spec, String output, int bar) {
        return spec.deviations().stream().anyMatch(d -> d.covers(output, bar));
    }

    /** How far the registry is from VectorTA's whole-series references: a count, printed, not a failure. */
    @Test
    void coverageOfTheReferences() {
        Set<String> missing = new TreeSet<>(ReferenceSeries.ids());
        Indicators.all().forEach(ind -> missing.remove(ind.id()));
        int total = ReferenceSeries.ids().size();
        System.out.printf("whole-series references: %d of %d have a registered indicator; missing: %s%n",
                total - missing.size(), total, missing);
        assertTrue(total - missing.size() >= 50, "the registered indicators lost their references");
    }
}
