package io.sparkta.kernels.cycle;

/** Ehlers' one-pole high-pass filter, starting from its first input (highpass, and inside bandpass). */
final class OnePoleHighPass {
    private final double gain, keep;
    private double previousIn, previousOut;
    private boolean started;

    OnePoleHighPass(double period) {
        double theta = 2.0 * Math.PI / period;
        double alpha = 1.0 + (Math.sin(theta) - 1.0) / Math.cos(theta);
        gain = 1.0 - 0.5 * alpha;
        keep = 1.0 - alpha;
    }

    double next(double x) {
        previousOut = started ? Math.fma(keep, previousOut, gain * (x - previousIn)) : x;
        previousIn = x;
        started = true;
        return previousOut;
    }
}
