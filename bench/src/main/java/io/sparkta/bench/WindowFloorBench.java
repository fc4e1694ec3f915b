package io.sparkta.bench;

import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The floors under the ALMA(9) and SMA(14) rows of the comparison with VectorTA (docs/performance.md): the
 * bare loops each kernel's work needs, over the same 1,000,000 closes, in ns per point, with none of the
 * kernels' contracts (FMA allowed, any order of additions, no blocks, no NaN handling, results not
 * conformant). A kernel near its loop here is at what Java reaches for that shape on the machine.
 *
 * <ul>
 *   <li>{@code copy}: one vector load and one store per point, the floor.
 *   <li>{@code almaShiftedLoads}: nine unaligned loads per vector of eight outputs, one FMA each, four output
 *       vectors per iteration (the shape of Sparkta's SIMD kernel and of VectorTA's auto-vectorised loop).
 *   <li>{@code almaLaneShifts}: two aligned loads per vector of outputs and the seven shifted vectors between
 *       them built in registers ({@code slice}).
 *   <li>{@code almaPlainJava}: the nine-tap sum written plainly, one output at a time, for C2 to compile as it
 *       can (the scalar fallback's shape without {@code jdk.incubator.vector}).
 *   <li>{@code smaRunningSum}: VectorTA's scalar SMA, one running sum: one dependent addition per point.
 *   <li>{@code smaEightChains}: the scalar arithmetic of Sparkta's SMA contract (a difference, three tree
 *       additions and the stride-8 sum per window, eight independent sums), without its blocks.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
@OperationsPerInvocation(BenchData.POINTS)
public class WindowFloorBench {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int ALMA_PERIOD = 9;
    private static final int SMA_PERIOD = 14;

    private double[] x;
    private double[] out;
    private double[] w;

    @Setup
    public void setup() {
        x = BenchData.candles(BenchData.POINTS).close();
        out = new double[x.length];
        w = new double[ALMA_PERIOD];
        double m = 0.85 * (ALMA_PERIOD - 1), s = ALMA_PERIOD / 6.0, norm = 0.0;
        for (int i = 0; i < ALMA_PERIOD; i++) {
            w[i] = Math.exp(-(i - m) * (i - m) / (2 * s * s));
            norm += w[i];
        }
        for (int i = 0; i < ALMA_PERIOD; i++) {
            w[i] /= norm;
        }
    }

    @Benchmark
    public double[] copy() {
        int t = 0;
        for (; t + L <= x.length; t += L) {
            DoubleVector.fromArray(S, x, t).intoArray(out, t);
        }
        for (; t < x.length; t++) {
            out[t] = x[t];
        }
        return out;
    }

    @Benchmark
    public double[] almaShiftedLoads() {
        for (int t = ALMA_PERIOD - 1; t + 4 * L <= x.length; t += 4 * L) {
            int s = t - ALMA_PERIOD + 1;
            DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
            for (int i = 0; i < ALMA_PERIOD; i++) {
                DoubleVector wi = DoubleVector.broadcast(S, w[i]);
                int b = s + i;
                a0 = DoubleVector.fromArray(S, x, b).fma(wi, a0);
                a1 = DoubleVector.fromArray(S, x, b + L).fma(wi, a1);
                a2 = DoubleVector.fromArray(S, x, b + 2 * L).fma(wi, a2);
                a3 = DoubleVector.fromArray(S, x, b + 3 * L).fma(wi, a3);
            }
            a0.intoArray(out, t);
            a1.intoArray(out, t + L);
            a2.intoArray(out, t + 2 * L);
            a3.intoArray(out, t + 3 * L);
        }
        return out;
    }

    /** Outputs t .. t + L - 1 read x[t - 8 .. t + L - 1]: the vector before t and the vector at t, shifted. */
    @Benchmark
    public double[] almaLaneShifts() {
        if (L != 8) {
            throw new IllegalStateException("written for eight lanes, the preferred vector has " + L);
        }
        DoubleVector w0 = DoubleVector.broadcast(S, w[0]), w1 = DoubleVector.broadcast(S, w[1]);
        DoubleVector w2 = DoubleVector.broadcast(S, w[2]), w3 = DoubleVector.broadcast(S, w[3]);
        DoubleVector w4 = DoubleVector.broadcast(S, w[4]), w5 = DoubleVector.broadcast(S, w[5]);
        DoubleVector w6 = DoubleVector.broadcast(S, w[6]), w7 = DoubleVector.broadcast(S, w[7]);
        DoubleVector w8 = DoubleVector.broadcast(S, w[8]);
        DoubleVector before = DoubleVector.fromArray(S, x, 0);
        for (int t = L; t + L <= x.length; t += L) {
            DoubleVector at = DoubleVector.fromArray(S, x, t);
            DoubleVector even = before.mul(w0).add(before.slice(2, at).mul(w2)).add(before.slice(4, at).mul(w4))
                    .add(before.slice(6, at).mul(w6)).add(at.mul(w8));
            DoubleVector odd = before.slice(1, at).mul(w1).add(before.slice(3, at).mul(w3))
                    .add(before.slice(5, at).mul(w5)).add(before.slice(7, at).mul(w7));
            even.add(odd).intoArray(out, t);
            before = at;
        }
        return out;
    }

    @Benchmark
    public double[] almaPlainJava() {
        double[] x = this.x, w = this.w, out = this.out;
        for (int t = ALMA_PERIOD - 1; t < x.length; t++) {
            int s = t - ALMA_PERIOD + 1;
            double sum = 0.0;
            for (int i = 0; i < ALMA_PERIOD; i++) {
                sum += w[i] * x[s + i];
            }
            out[t] = sum;
        }
        return out;
    }

    @Benchmark
    public double[] smaRunningSum() {
        double[] x = this.x, out = this.out;
        double inv = 1.0 / SMA_PERIOD, sum = 0.0;
        for (int t = 0; t < SMA_PERIOD; t++) {
            sum += x[t];
        }
        out[SMA_PERIOD - 1] = sum * inv;
        for (int t = SMA_PERIOD; t < x.length; t++) {
            sum += x[t] - x[t - SMA_PERIOD];
            out[t] = sum * inv;
        }
        return out;
    }

    @Benchmark
    public double[] smaEightChains() {
        double[] x = this.x, out = this.out;
        int p = SMA_PERIOD;
        double inv = 1.0 / p;
        double[] sums = new double[8];
        // the pair ending one and two windows back, the quad ending one to four back
        double d1 = 0, pair1 = 0, pair2 = 0, quad1 = 0, quad2 = 0, quad3 = 0, quad4 = 0;
        for (int t = p; t < x.length; t++) {
            double d = x[t] - x[t - p];
            double pair = d1 + d;
            double quad = pair2 + pair;
            double octet = quad4 + quad;
            double sum = sums[t & 7] + octet;
            sums[t & 7] = sum;
            out[t] = sum * inv;
            d1 = d;
            pair2 = pair1;
            pair1 = pair;
            quad4 = quad3;
            quad3 = quad2;
            quad2 = quad1;
            quad1 = quad;
        }
        return out;
    }
}
