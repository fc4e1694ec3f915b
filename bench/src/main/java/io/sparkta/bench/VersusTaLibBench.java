package io.sparkta.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
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
 * One Sparkta indicator and TA-Lib's Java port side by side on the same 1,000,000 points, default parameters,
 * outputs pre-allocated: {@code side} varies fastest, so the two of one id run back to back. Pass the ids with
 * {@code -p id=...}; the TA-Lib call of each is registered in {@link TaLibCalls}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx3g"})
public class VersusTaLibBench {
    public enum Side { SPARKTA, TALIB }

    @Param({"rsi"})
    public String id;

    @Param({"SPARKTA", "TALIB"})
    public Side side;

    @Param({"SCALAR"})
    public Vectorization kernel;

    private Runnable work;
    private double[][] outputs;

    @Setup
    public void setup() {
        Candles candles = BenchData.candles(BenchData.POINTS);
        if (side == Side.TALIB) {
            TaLibCall call = TaLibCalls.of(id);
            Core core = new Core();
            MInteger begin = new MInteger(), count = new MInteger();
            outputs = new double[3][BenchData.POINTS];
            int[] codes = new int[BenchData.POINTS];
            work = () -> call.run(core, candles, begin, count, outputs, codes);
        } else {
            Indicator indicator = Indicators.get(id);
            double[][] inputs = indicator.spec().select(candles, null);
            double[] params = indicator.spec().defaults();
            outputs = new double[indicator.spec().outputs().size()][BenchData.POINTS];
            work = () -> indicator.computeInto(inputs, params, kernel, outputs);
        }
    }

    @Benchmark
    public double[][] single() {
        work.run();
        return outputs;
    }
}
