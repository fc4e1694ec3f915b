package io.sparkta.kernels.trend;

import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Indicators;

/** VectorTA's ATR ({@code atr}'s stream) inside a step: fed high, low, close bars, it gives the newest ATR. */
final class AverageTrueRange {
    private final IndicatorStream stream;
    private final double[] out = new double[1];

    AverageTrueRange(int length) {
        stream = Indicators.get("atr").stream(new double[] {length});
    }

    /** Takes a bar (high, low, close first); NaN while warming up. */
    double next(double[] bar) {
        stream.update(bar, out);
        return out[0];
    }
}
