package io.sparkta.kernels.volume;

import io.sparkta.kernels.StepIndicator.Step;

/**
 * The step of the positive and negative volume indices: an index that starts at a base value and moves by the
 * price's percentage change only on bars whose volume rose (PVI) or fell (NVI) from the bar before.
 */
final class VolumeIndex {
    private VolumeIndex() {
    }

    /** Input 0 the price, input 1 the volume. A bar with a NaN input is NaN and leaves the index. */
    static Step step(double base, boolean onRisingVolume) {
        return new Step() {
            private double index = base, previousPrice, previousVolume;
            private boolean started;

            @Override
            public void next(double[] bar, double[] out) {
                double price = bar[0], volume = bar[1];
                boolean valid = !Double.isNaN(price) && !Double.isNaN(volume);
                if (!started) {
                    started = true; // the first bar is valid: the driver starts there
                } else if (!valid) {
                    out[0] = Double.NaN;
                    return;
                } else if (onRisingVolume ? volume > previousVolume : volume < previousVolume) {
                    index += index * ((price - previousPrice) / previousPrice);
                }
                out[0] = index;
                previousPrice = price;
                previousVolume = volume;
            }
        };
    }
}
