package io.sparkta.bench;

import io.sparkta.arrow.ArrowIndicators;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Vectorization;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.util.AutoCloseables;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Arrow in, Arrow out against the raw kernel on {@code double[]}: one series of 1,000,000 points, default
 * parameters, both written into pre-allocated outputs. Every indicator runs in place on the off-heap buffers
 * (its kernel is written over {@code DoubleMemory}); the SIMD windows stage through L1 arrays on JDK 17 and load
 * their vectors from the buffers directly on JDK 22+. Any indicator id may be given with {@code -p id=...}.
 */
@State(Scope.Thread)
public class ArrowBench extends OffHeapBench {
    @Param({"alma", "sma", "ema", "smma", "bollinger_bands", "atr", "hma", "cora_wave"})
    public String id;

    private Indicator indicator;
    private double[][] inputs;
    private double[] params;
    private double[][] outputs;
    private BufferAllocator allocator;
    private List<Float8Vector> inputVectors;
    private List<FieldVector> outputVectors;
    private ByteBuffer[] directInputs;
    private ByteBuffer[] directOutputs;

    @Setup
    public void setup() {
        Candles c = BenchData.candles(BenchData.POINTS);
        indicator = Indicators.get(id);
        inputs = indicator.spec().select(c, null);
        params = indicator.spec().defaults();
        outputs = new double[indicator.spec().outputs().size()][BenchData.POINTS];
        allocator = new RootAllocator();
        inputVectors = new ArrayList<>();
        for (double[] series : inputs) {
            Float8Vector v = new Float8Vector("in", allocator);
            v.allocateNew(series.length);
            for (int t = 0; t < series.length; t++) {
                v.set(t, series[t]);
            }
            v.setValueCount(series.length);
            inputVectors.add(v);
        }
        outputVectors = ArrowIndicators.compute(indicator, inputVectors, params, Vectorization.AUTO, allocator);
        directInputs = direct(inputs.length);
        for (int i = 0; i < inputs.length; i++) {
            directInputs[i].asDoubleBuffer().put(inputs[i]);
        }
        directOutputs = direct(outputs.length);
    }

    private static ByteBuffer[] direct(int count) {
        ByteBuffer[] buffers = new ByteBuffer[count];
        for (int i = 0; i < count; i++) {
            buffers[i] = ByteBuffer.allocateDirect(BenchData.POINTS * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        }
        return buffers;
    }

    @TearDown
    public void tearDown() throws Exception {
        AutoCloseables.close(outputVectors, inputVectors);
        allocator.close();
    }

    @Benchmark
    public double[][] arrays() {
        indicator.computeInto(inputs, params, Vectorization.AUTO, outputs);
        return outputs;
    }

    /** The kernels' off-heap form on the JDK's own direct buffers: tells Arrow's cost from off-heap access's. */
    @Benchmark
    public ByteBuffer[] directBuffers() {
        indicator.computeInto(directInputs, BenchData.POINTS, params, Vectorization.AUTO, directOutputs);
        return directOutputs;
    }

    /** The array kernel and the Arrow path one after the other, call after call (see {@link PairedTimes}). */
    @Benchmark
    public void pairedShots(PairedTimes times) {
        times.time(this::arrays, this::arrow);
    }

    @Benchmark
    public List<FieldVector> arrow() {
        ArrowIndicators.computeInto(indicator, inputVectors, params, Vectorization.AUTO, outputVectors);
        return outputVectors;
    }
}
