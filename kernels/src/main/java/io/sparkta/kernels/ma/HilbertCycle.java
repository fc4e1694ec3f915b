package io.sparkta.kernels.ma;

/**
 * Ehlers' Hilbert-transform cycle measurement, one bar at a time (the core of MAMA and the instantaneous
 * trendline, as TA-Lib's HT functions compute it): the 4-bar WMA of the price, its detrender, in-phase and
 * quadrature components, and the smoothed dominant cycle period. Starts from zero state.
 */
final class HilbertCycle {
    private static final double A = 0.0962, B = 0.5769;
    static final double DEGREES = 180.0 / Math.PI;
    private final double[] prices = new double[4], smooth = new double[7], detrender = new double[7],
            i1 = new double[7], q1 = new double[7];
    private int t;
    private double period, i2, q2, re, im;
    private double inPhase, quadrature;

    /** a v[0] + b v[2] - b v[4] - a v[6], scaled by the previous period: the Hilbert transform. */
    private double hilbert(double[] v, int k, double adjust) {
        return (A * v[k] + B * v[(k + 5) % 7] - B * v[(k + 3) % 7] - A * v[(k + 1) % 7]) * adjust;
    }

    void next(double price) {
        prices[t % 4] = price;
        int k = t % 7;
        smooth[k] = (4.0 * price + 3.0 * prices[(t + 3) % 4] + 2.0 * prices[(t + 2) % 4] + prices[(t + 1) % 4]) / 10.0;
        double adjust = 0.075 * period + 0.54;
        detrender[k] = hilbert(smooth, k, adjust);
        q1[k] = hilbert(detrender, k, adjust);
        i1[k] = detrender[(k + 4) % 7]; // the detrender three bars back
        double jI = hilbert(i1, k, adjust), jQ = hilbert(q1, k, adjust);
        inPhase = i1[k];
        quadrature = q1[k];

        double i2Now = 0.2 * (i1[k] - jQ) + 0.8 * i2, q2Now = 0.2 * (q1[k] + jI) + 0.8 * q2;
        re = 0.2 * (i2Now * i2 + q2Now * q2) + 0.8 * re;
        im = 0.2 * (i2Now * q2 - q2Now * i2) + 0.8 * im;
        i2 = i2Now;
        q2 = q2Now;
        double previous = period;
        if (im != 0.0 && re != 0.0) {
            period = 360.0 / (Math.atan(im / re) * DEGREES);
        }
        period = Math.min(Math.max(period, 0.67 * previous), 1.5 * previous);
        period = Math.min(Math.max(period, 6.0), 50.0);
        period = 0.2 * period + 0.8 * previous;
        t++;
    }

    /** The in-phase component of the bar just taken (the detrender three bars back). */
    double inPhase() {
        return inPhase;
    }

    double quadrature() {
        return quadrature;
    }

    /** The dominant cycle period after the bar just taken. */
    double period() {
        return period;
    }
}
