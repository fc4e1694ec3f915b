package io.sparkta.bench;

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

/** One series of 1,000,000 points, default parameters, written into pre-allocated outputs. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
public class SingleSeriesBench {
    @Param({"alma", "sma", "smma", "trendflex", "bollinger_bands", "atr", "rsi", "macd", "stoch", "adx", "obv", "mfi",
        "stddev", "var", "natr", "linearreg_slope", "linearreg_intercept", "linearreg_angle", "tsf"})
    public String id;

    @Param({"SCALAR", "SIMD"})
    public Vectorization kernel;

    private SeriesCall call;

    @Setup
    public void setup() {
        call = SeriesCall.withDefaults(id, BenchData.candles(BenchData.POINTS));
    }

    @Benchmark
    public double[][] single() {
        return call.run(kernel);
    }
}
