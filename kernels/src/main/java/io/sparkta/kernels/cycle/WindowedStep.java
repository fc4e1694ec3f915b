package io.sparkta.kernels.cycle;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;

/** A filter that outputs before its window is full but, as VectorTA, asks for a whole window of valid values. */
abstract class WindowedStep extends StepIndicator {
    private final ParamSpec.Int window;

    WindowedStep(IndicatorSpec spec, ParamSpec.Int window) {
        super(spec);
        this.window = window;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        super.checkData(n, first, p);
        requireValid(window.of(p), n, first);
    }
}
