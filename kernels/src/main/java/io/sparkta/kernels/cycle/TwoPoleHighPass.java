package io.sparkta.kernels.cycle;

/**
 * Ehlers' two-pole high-pass filter ({@code (1 - alpha/2)^2} times the second difference of the input, fed back
 * through {@code 2 (1 - alpha)} and {@code -(1 - alpha)^2}); its first two outputs are its first two inputs.
 */
final class TwoPoleHighPass {
    private final double gain, feedback1, feedback2;
    private double x1, x2, y1, y2;
    private int seen;

    /** For a filter whose {@code 2 pi / cutoff} angle gives {@code alpha = 1 + (sin - 1) / cos}. */
    TwoPoleHighPass(double alpha) {
        double half = 1.0 - 0.5 * alpha, keep = 1.0 - alpha;
        gain = half * half;
        feedback1 = 2.0 * keep;
        feedback2 = -(keep * keep);
    }

    /** Ehlers' alpha for an angle of {@code 2 pi k / period}, as VectorTA computes it. */
    static double alpha(double angle) {
        return 1.0 + (Math.sin(angle) - 1.0) / Math.cos(angle);
    }

    double next(double x) {
        double y = seen < 2 ? x : Math.fma(feedback1, y1, Math.fma(feedback2, y2,
                Math.fma(gain, x2, Math.fma(-2.0 * gain, x1, gain * x))));
        seen++;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        return y;
    }
}
