package io.sparkta.bench;

import io.sparkta.kernels.BatchOptions;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.Vectorization;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sparkta's side of the comparison with VectorTA built locally (docs/performance.md, "Against VectorTA, side by
 * side"): the rows VectorTA's harness times, on the same input, in ns per point (sweeps: per point x combo), one
 * thread, outputs pre-allocated. {@code copy} and {@code copySweep} are the floor: one read and one write per
 * point of the same shapes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
public class VersusVectorTaBench {
    private static final int ALMA_SWEEP_ROWS = 46;
    private static final int PERIOD_SWEEP_ROWS = 227;

    /** The parameters of each single-series row, as the issue names them (not all are Sparkta's defaults). */
    private static final Map<String, double[]> SINGLE_PARAMS = Map.of(
            "alma", new double[] {9, 0.85, 6}, "smma", new double[] {7}, "trendflex", new double[] {20},
            "sma", new double[] {14}, "ema", new double[] {14}, "rsi", new double[] {14}, "atr", new double[] {14});

    @State(Scope.Thread)
    public static class SingleSeries {
        @Param({"alma", "smma", "trendflex", "sma", "ema", "rsi", "atr"})
        public String id;

        @Param({"SCALAR", "SIMD"})
        public Vectorization kernel;

        private SeriesCall call;

        @Setup
        public void setup() {
            call = new SeriesCall(id, BenchData.candles(BenchData.POINTS), SINGLE_PARAMS.get(id));
        }
    }

    /** One sweep over the 100,000-point series: one indicator, its period from first to last, defaults otherwise. */
    @State(Scope.Thread)
    public abstract static class Sweep {
        @Param({"SCALAR", "SIMD"})
        public Vectorization kernel;

        private final String id;
        private final int firstPeriod;
        private final int lastPeriod;
        private Indicator indicator;
        private double[][] inputs;
        private double[][] combos;
        private double[][] matrix;
        private BatchOptions options;

        Sweep(String id, int firstPeriod, int lastPeriod) {
            this.id = id;
            this.firstPeriod = firstPeriod;
            this.lastPeriod = lastPeriod;
        }

        @Setup
        public void setup() {
            indicator = Indicators.get(id);
            inputs = indicator.spec().select(BenchData.candles(BenchData.SWEEP_POINTS), null);
            combos = ParamGrid.defaults(indicator.spec()).range("period", firstPeriod, lastPeriod, 1).combos();
            matrix = new double[1][combos.length * BenchData.SWEEP_POINTS];
            options = BatchOptions.serial(kernel);
        }

        double[][] run() {
            indicator.batchInto(inputs, combos, options, matrix);
            return matrix;
        }
    }

    public static class AlmaSweep extends Sweep {
        public AlmaSweep() {
            super("alma", 5, 4 + ALMA_SWEEP_ROWS);
        }
    }

    public static class SmmaSweep extends Sweep {
        public SmmaSweep() {
            super("smma", 2, 1 + PERIOD_SWEEP_ROWS);
        }
    }

    public static class TrendFlexSweep extends Sweep {
        public TrendFlexSweep() {
            super("trendflex", 2, 1 + PERIOD_SWEEP_ROWS);
        }
    }

    /** The close series of both sizes, and outputs shaped like the single-series and sweep outputs. */
    @State(Scope.Thread)
    public static class Floor {
        private double[] series;
        private double[] output;
        private double[] sweepSeries;
        private double[] sweepMatrix;

        @Setup
        public void setup() {
            series = BenchData.candles(BenchData.POINTS).close();
            output = new double[BenchData.POINTS];
            sweepSeries = BenchData.candles(BenchData.SWEEP_POINTS).close();
            sweepMatrix = new double[PERIOD_SWEEP_ROWS * BenchData.SWEEP_POINTS];
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchData.POINTS)
    public double[][] single(SingleSeries s) {
        return s.call.run(s.kernel);
    }

    @Benchmark
    @OperationsPerInvocation(ALMA_SWEEP_ROWS * BenchData.SWEEP_POINTS)
    public double[][] almaSweep(AlmaSweep s) {
        return s.run();
    }

    @Benchmark
    @OperationsPerInvocation(PERIOD_SWEEP_ROWS * BenchData.SWEEP_POINTS)
    public double[][] smmaSweep(SmmaSweep s) {
        return s.run();
    }

    @Benchmark
    @OperationsPerInvocation(PERIOD_SWEEP_ROWS * BenchData.SWEEP_POINTS)
    public double[][] trendflexSweep(TrendFlexSweep s) {
        return s.run();
    }

    @Benchmark
    @OperationsPerInvocation(BenchData.POINTS)
    public double[] copy(Floor f) {
        copyInto(f.series, f.output, 0);
        return f.output;
    }

    @Benchmark
    @OperationsPerInvocation(PERIOD_SWEEP_ROWS * BenchData.SWEEP_POINTS)
    public double[] copySweep(Floor f) {
        for (int row = 0; row < PERIOD_SWEEP_ROWS; row++) {
            copyInto(f.sweepSeries, f.sweepMatrix, row * BenchData.SWEEP_POINTS);
        }
        return f.sweepMatrix;
    }

    /** A plain loop, not System.arraycopy: the floor is what an element-wise kernel's loads and stores cost. */
    private static void copyInto(double[] from, double[] to, int offset) {
        for (int i = 0; i < from.length; i++) {
            to[offset + i] = from[i];
        }
    }
}
