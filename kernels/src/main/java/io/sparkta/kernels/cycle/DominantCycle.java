package io.sparkta.kernels.cycle;

/**
 * The dominant cycle length that VectorTA's lpc adapts to: Ehlers' homodyne discriminator (in-phase and
 * quadrature parts of the 7-bar momentum, their smoothed products, the phase change a bar), the period being
 * the number of bars whose phase changes first add up to more than 2 pi, smoothed 0.25 / 0.75. NaN for the
 * first seven bars; earlier values stand in for the ones before the series (as VectorTA reads index 0).
 */
final class DominantCycle {
    private final int limit;
    private final double[] source = new double[12], inPhase = new double[4], quadrature = new double[3];
    private final double[] phaseChange;
    private double real, imag, period, cycle = Double.NaN;
    private int bars;

    DominantCycle(int maxCycleLimit) {
        limit = maxCycleLimit;
        phaseChange = new double[maxCycleLimit + 1];
    }

    /** Takes the next value; returns the dominant cycle (NaN during the first seven bars). */
    double next(double x) {
        int i = bars++;
        shift(source, x);
        shift(inPhase, 0.0);
        shift(quadrature, 0.0);
        shift(phaseChange, 0.0);
        if (i < 7) {
            return Double.NaN;
        }
        // source[k] is x[i - k]; before the series began, x[0] stands in, as VectorTA's saturating index does
        double momentum = source[0] - source[7];
        double lagged4 = source[4] - source[Math.min(11, i)], lagged2 = source[2] - source[Math.min(9, i)];
        inPhase[0] = 1.25 * (lagged4 - 0.635 * lagged2) + 0.635 * inPhase[3];
        quadrature[0] = lagged2 - 0.338 * momentum + 0.338 * quadrature[2];
        real = 0.2 * (inPhase[0] * inPhase[1] + quadrature[0] * quadrature[1]) + 0.8 * real;
        imag = 0.2 * (inPhase[0] * quadrature[1] - inPhase[1] * quadrature[0]) + 0.8 * imag;
        if (real != 0.0) {
            phaseChange[0] = Math.atan(imag / real);
        }
        double total = 0.0;
        for (int j = 0, last = Math.min(limit, i); j <= last; j++) {
            total += phaseChange[j];
            if (total > 2.0 * Math.PI) {
                period = j;
                break;
            }
        }
        cycle = Double.isNaN(cycle) ? period : 0.25 * period + 0.75 * cycle;
        return cycle;
    }

    /** Moves every value one bar older and puts {@code newest} first. */
    private static void shift(double[] history, double newest) {
        System.arraycopy(history, 0, history, 1, history.length - 1);
        history[0] = newest;
    }
}
