package io.sparkta.bench;

import io.sparkta.kernels.Vectorization;
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
 * ALMA's weighted window (vector/WeightedWindow) at a short and a longer period over 1,000,000 points, in ns per
 * point, outputs pre-allocated: the SCALAR kernel makes one pass per group of four weights, so its cost grows
 * with the period differently from the SIMD kernel's (docs/performance.md, "ALMA's SCALAR kernel in passes").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
@State(Scope.Thread)
public class WeightedWindowBench {
    @Param({"9", "30"})
    public int period;

    @Param({"SCALAR", "SIMD"})
    public Vectorization kernel;

    private SeriesCall call;

    @Setup
    public void setup() {
        call = new SeriesCall("alma", BenchData.candles(BenchData.POINTS), new double[] {period, 0.85, 6});
    }

    @Benchmark
    @OperationsPerInvocation(BenchData.POINTS)
    public double[][] alma() {
        return call.run(kernel);
    }
}
