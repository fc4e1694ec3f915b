package io.sparkta.bench;

import io.sparkta.kernels.BatchOptions;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.Vectorization;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Batch sweeps over one series of 100,000 points on one thread, into a pre-allocated matrix: ALMA period
 * 5..50 (46 rows), SMMA period 2..228 and TrendFlex period 2..228 (227 rows each). SCALAR computes row by
 * row; SIMD runs ALMA several outputs per vector and SMMA/TrendFlex one period per lane.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
public class SweepBench {
    @Param({"alma", "smma", "trendflex"})
    public String id;

    @Param({"SCALAR", "SIMD"})
    public Vectorization kernel;

    private Indicator indicator;
    private double[][] inputs;
    private double[][] combos;
    private double[][] matrix;
    private BatchOptions options;

    @Setup
    public void setup() {
        indicator = Indicators.get(id);
        inputs = indicator.spec().select(BenchData.candles(BenchData.SWEEP_POINTS), null);
        ParamGrid grid = ParamGrid.defaults(indicator.spec());
        grid = id.equals("alma") ? grid.range("period", 5, 50, 1) : grid.range("period", 2, 228, 1);
        combos = grid.combos();
        matrix = new double[1][combos.length * BenchData.SWEEP_POINTS];
        options = BatchOptions.serial(kernel);
    }

    @Benchmark
    public double[][] sweep() {
        indicator.batchInto(inputs, combos, options, matrix);
        return matrix;
    }
}
