package io.sparkta.bench;

import io.sparkta.kernels.Candles;
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
 * One series of 1,000,000 points, default parameters, written into pre-allocated outputs. The id {@code copy} is
 * no indicator: {@code System.arraycopy} of the close prices into an output (one read and one write per point),
 * the floor any single-series kernel can reach on this machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
public class SingleSeriesBench {
    @Param({"copy", "alma", "sma", "smma", "trendflex", "bollinger_bands", "atr", "rsi", "macd", "stoch", "adx", "obv", "mfi",
        "stddev", "var", "natr", "linearreg_slope", "linearreg_intercept", "linearreg_angle", "tsf"})
    public String id;

    @Param({"SCALAR", "SIMD"})
    public Vectorization kernel;

    private static final String COPY = "copy";

    private SeriesCall call;
    private double[] close;
    private double[][] copied;

    @Setup
    public void setup() {
        Candles candles = BenchData.candles(BenchData.POINTS);
        if (id.equals(COPY)) {
            close = candles.close();
            copied = new double[1][BenchData.POINTS];
        } else {
            call = SeriesCall.withDefaults(id, candles);
        }
    }

    @Benchmark
    public double[][] single() {
        if (call == null) {
            System.arraycopy(close, 0, copied[0], 0, BenchData.POINTS);
            return copied;
        }
        return call.run(kernel);
    }
}
