package io.sparkta.bench;

import io.sparkta.kernels.Candles;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.Vectorization;

/** One indicator with fixed parameters over one series, writing into outputs allocated once. */
final class SeriesCall {
    private final Indicator indicator;
    private final double[][] inputs;
    private final double[] params;
    private final double[][] outputs;

    SeriesCall(String id, Candles candles, double[] params) {
        indicator = Indicators.get(id);
        inputs = indicator.spec().select(candles, null);
        this.params = params;
        outputs = new double[indicator.spec().outputs().size()][candles.size()];
    }

    static SeriesCall withDefaults(String id, Candles candles) {
        return new SeriesCall(id, candles, Indicators.get(id).spec().defaults());
    }

    double[][] run(Vectorization kernel) {
        indicator.computeInto(inputs, params, kernel, outputs);
        return outputs;
    }
}
