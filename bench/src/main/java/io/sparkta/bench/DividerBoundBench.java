package io.sparkta.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;
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

/**
 * The floor under a TrendFlex sweep: only the step every TrendFlex cell needs after its smoother, the
 * mean-square recursion and the normalisation {@code M = 0.04 D^2 + 0.96 M; out = D / sqrt(M)}, over
 * {@link #CELLS} cells held in L1, with nothing else (no smoother, no window, no memory traffic).
 * {@code scalar} runs one recursion as a scalar TrendFlex row does; {@code vector} runs one recursion per lane
 * of the preferred vector as the lane sweep does. Time per call x (sweep cells / CELLS) bounds the sweep
 * from below; comparing it with {@code SweepBench}'s scalar TrendFlex sweep in the same run bounds the gain
 * any bit-exact lane kernel can reach.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class DividerBoundBench {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    /** Cells per call: 2,048 steps of a full vector of lanes, 16 KiB in and out at 8 lanes. */
    static final int CELLS = 2048 * S.length();

    private double[] distance;
    private double[] out;

    @Setup
    public void setup() {
        SplittableRandom random = new SplittableRandom(7);
        distance = new double[CELLS];
        for (int i = 0; i < CELLS; i++) {
            distance[i] = random.nextDouble(-1.0, 1.0);
        }
        out = new double[CELLS];
    }

    @Benchmark
    public double[] scalar() {
        double ms = 0.0;
        for (int i = 0; i < CELLS; i++) {
            double d = distance[i];
            ms = 0.04 * (d * d) + 0.96 * ms;
            out[i] = d / Math.sqrt(ms);
        }
        return out;
    }

    @Benchmark
    public double[] vector() {
        DoubleVector ms = DoubleVector.zero(S);
        for (int i = 0; i < CELLS; i += S.length()) {
            DoubleVector d = DoubleVector.fromArray(S, distance, i);
            ms = d.mul(d).mul(0.04).add(ms.mul(0.96));
            d.div(ms.sqrt()).intoArray(out, i);
        }
        return out;
    }
}
