package io.sparkta.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
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
 * The moving averages TA-Lib's Java port also has, on the same data: one series of 1,000,000 points at period
 * 30 (tilson: 5 and volume factor 0.7, TA-Lib's T3; mama: limits 0.5 and 0.05), and a 46-combo sweep (period
 * 5..50; mama: fast_limit 0.08..0.98 step 0.02) over 100,000 points, ours through {@code batchInto} (AUTO
 * kernel), TA-Lib's one call per combo. One thread; pre-allocated outputs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx3g"})
public class MovingAverageBench {
    @Param({"sma", "ema", "wma", "dema", "tema", "trima", "kama", "tilson", "mama"})
    public String id;

    @Param({"sparkta", "talib"})
    public String library;

    private final Core core = new Core();
    private final MInteger begin = new MInteger(), count = new MInteger();
    private Indicator indicator;
    private double[] close, sweepClose, out, fama;
    private double[][] single, combos, matrix, rows;

    @Setup
    public void setup() {
        indicator = Indicators.get(id);
        close = BenchData.candles(BenchData.POINTS).close();
        sweepClose = BenchData.candles(BenchData.SWEEP_POINTS).close();
        out = new double[close.length];
        fama = new double[close.length];
        single = id.equals("mama") ? new double[][] {out, fama} : new double[][] {out};
        combos = id.equals("mama")
                ? ParamGrid.defaults(indicator.spec()).range("fast_limit", 0.08, 0.99, 0.02).combos()
                : ParamGrid.defaults(indicator.spec()).range("period", 5, 50, 1).combos();
        if (id.equals("tilson")) {
            for (double[] c : combos) {
                c[1] = 0.7;
            }
        }
        matrix = new double[single.length][combos.length * sweepClose.length];
        rows = new double[combos.length][sweepClose.length];
    }

    private double[] params(int period) {
        double[] p = indicator.spec().defaults();
        if (id.equals("mama")) {
            return p;
        }
        p[0] = period;
        if (id.equals("tilson")) {
            p[1] = 0.7;
        }
        return p;
    }

    /** One TA-Lib call; {@code period} is mama's fast limit for mama. */
    private RetCode talib(double[] in, double period, double[] to) {
        int end = in.length - 1;
        if (id.equals("mama")) {
            return core.mama(0, end, in, period, 0.05, begin, count, to, fama);
        }
        return talib(in, (int) period, to, end);
    }

    private RetCode talib(double[] in, int period, double[] to, int end) {
        return switch (id) {
            case "sma" -> core.sma(0, end, in, period, begin, count, to);
            case "ema" -> core.ema(0, end, in, period, begin, count, to);
            case "wma" -> core.wma(0, end, in, period, begin, count, to);
            case "dema" -> core.dema(0, end, in, period, begin, count, to);
            case "tema" -> core.tema(0, end, in, period, begin, count, to);
            case "trima" -> core.trima(0, end, in, period, begin, count, to);
            case "kama" -> core.kama(0, end, in, period, begin, count, to);
            default -> core.t3(0, end, in, period, 0.7, begin, count, to);
        };
    }

    @Benchmark
    public double[] single() {
        int period = id.equals("tilson") ? 5 : 30;
        if (library.equals("talib")) {
            talib(close, id.equals("mama") ? 0.5 : period, out);
        } else {
            indicator.computeInto(new double[][] {close}, params(period), Vectorization.AUTO, single);
        }
        return out;
    }

    @Benchmark
    public Object sweep46() {
        if (library.equals("talib")) {
            for (int r = 0; r < combos.length; r++) {
                talib(sweepClose, combos[r][0], rows[r]);
            }
            return rows;
        }
        indicator.batchInto(new double[][] {sweepClose}, combos, BatchOptions.serial(Vectorization.AUTO), matrix);
        return matrix;
    }
}
