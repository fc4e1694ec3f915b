package io.sparkta.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import io.sparkta.kernels.Candles;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The anchor: TA-Lib's Java port on the same 1,000,000 points as {@link SingleSeriesBench}, same parameters. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx2g"})
public class TaLibBench {
    private final Core core = new Core();
    private final MInteger begin = new MInteger(), count = new MInteger();
    private double[] high, low, close, volume, out0, out1, out2;

    @Setup
    public void setup() {
        Candles c = BenchData.candles(BenchData.POINTS);
        high = c.high();
        low = c.low();
        close = c.close();
        volume = c.volume();
        out0 = new double[close.length];
        out1 = new double[close.length];
        out2 = new double[close.length];
    }

    @Benchmark
    public double[] sma() {
        core.sma(0, close.length - 1, close, 9, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] bbands() {
        core.bbands(0, close.length - 1, close, 20, 2.0, 2.0, MAType.Sma, begin, count, out0, out1, out2);
        return out0;
    }

    @Benchmark
    public double[] rsi() {
        core.rsi(0, close.length - 1, close, 14, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] macd() {
        core.macd(0, close.length - 1, close, 12, 26, 9, begin, count, out0, out1, out2);
        return out0;
    }

    @Benchmark
    public double[] stoch() {
        core.stoch(0, close.length - 1, high, low, close, 14, 3, MAType.Sma, 3, MAType.Sma, begin, count, out0, out1);
        return out0;
    }

    @Benchmark
    public double[] adx() {
        core.adx(0, close.length - 1, high, low, close, 14, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] obv() {
        core.obv(0, close.length - 1, close, volume, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] mfi() {
        core.mfi(0, close.length - 1, high, low, close, volume, 14, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] stddev() {
        core.stdDev(0, close.length - 1, close, 5, 1.0, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] var() {
        core.variance(0, close.length - 1, close, 14, 1.0, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] natr() {
        core.natr(0, close.length - 1, high, low, close, 14, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] linearregSlope() {
        core.linearRegSlope(0, close.length - 1, close, 14, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] linearregIntercept() {
        core.linearRegIntercept(0, close.length - 1, close, 14, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] linearregAngle() {
        core.linearRegAngle(0, close.length - 1, close, 14, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] tsf() {
        core.tsf(0, close.length - 1, close, 14, begin, count, out0);
        return out0;
    }

    @Benchmark
    public double[] atr() {
        core.atr(0, close.length - 1, high, low, close, 14, begin, count, out0);
        return out0;
    }
}
