package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Wilder's Parabolic SAR: a stop that trails the extreme point of the current trend at an accelerating pace and
 * flips to the other side of the price when the price crosses it.
 */
@AutoService(Indicator.class)
public final class Sar extends StepIndicator {
    static final ParamSpec.Real ACCELERATION = ParamSpec.realAbove("acceleration", 0.02, 0, Double.MAX_VALUE,
            "acceleration factor: its start and its step").sweep(0.02, 0.02, 0.0);
    static final ParamSpec.Real MAXIMUM = ParamSpec.realAbove("maximum", 0.2, 0, Double.MAX_VALUE,
            "largest acceleration factor").sweep(0.2, 0.449, 0.001);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("sar", "Parabolic SAR", Category.TREND)
            .columns("high", "low").params(ACCELERATION, MAXIMUM).output("values", Warmup.bars(1))
            .notes("The trend starts up when the second high is above the first: the SAR starts at the first low "
                    + "(or high), the extreme point at the second high (or low). Each bar the SAR moves by "
                    + "af * (ep - sar); in an up trend it stays at or below the two previous lows (down: above the "
                    + "two previous highs); a low below it (high above it) flips the trend, the SAR going to the "
                    + "extreme point and the factor back to its start.")
            .build();

    public Sar() {
        super(SPEC);
    }

    /** The stop on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], values = out[0];
        Stop stop = new Stop(ACCELERATION.of(p), MAXIMUM.of(p));
        values[offset + first + 1] = stop.begin(high[first], low[first], high[first + 1], low[first + 1]);
        stop.run(high, low, first + 2, high.length, values, offset);
    }

    @Override
    protected Step start(double[] p) {
        Stop stop = new Stop(ACCELERATION.of(p), MAXIMUM.of(p));
        return new Step() {
            /** The last three bars, the latest at 2: {@link Stop#run} over the one bar at 2. */
            private final double[] highs = new double[3], lows = new double[3];
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                highs[0] = highs[1];
                highs[1] = highs[2];
                highs[2] = bar[0];
                lows[0] = lows[1];
                lows[1] = lows[2];
                lows[2] = bar[1];
                int k = bars++;
                if (k == 1) {
                    stop.begin(highs[1], lows[1], highs[2], lows[2]);
                } else if (k > 1) {
                    stop.run(highs, lows, 2, 3, out, -2);
                }
                out[0] = stop.sar;
            }
        };
    }

    /** The trend, its extreme point and factor, and the stop, bar after bar. */
    private static final class Stop {
        private final double acceleration, maximum;
        private double sar, ep, af;
        private boolean up;

        Stop(double acceleration, double maximum) {
            this.acceleration = acceleration;
            this.maximum = maximum;
        }

        /** The stop at the second bar, from the first two. */
        double begin(double high0, double low0, double high, double low) {
            up = high > high0;
            sar = up ? low0 : high0;
            ep = up ? high : low;
            af = acceleration;
            return sar;
        }

        /**
         * The stop at bars from..to-1 (from at least 2) into values[offset + t]: the state is held in locals over
         * the loop, which the compiler cannot do with the fields of an object made before a loop it enters midway.
         * One branch per trend direction.
         */
        void run(double[] high, double[] low, int from, int to, double[] values, int offset) {
            double sar = this.sar, ep = this.ep, af = this.af;
            boolean up = this.up;
            for (int t = from; t < to; t++) {
                double h = high[t], l = low[t], next = Math.fma(af, ep - sar, sar);
                if (up) {
                    if (l < next) { // the price crossed the stop: the trend flips
                        up = false;
                        next = ep;
                        ep = l;
                        af = acceleration;
                    } else {
                        if (h > ep) {
                            ep = h;
                            af = Math.min(af + acceleration, maximum);
                        }
                        next = below(next, Math.min(low[t - 1], low[t - 2]));
                    }
                } else if (h > next) {
                    up = true;
                    next = ep;
                    ep = h;
                    af = acceleration;
                } else {
                    if (l < ep) {
                        ep = l;
                        af = Math.min(af + acceleration, maximum);
                    }
                    next = above(next, Math.max(high[t - 1], high[t - 2]));
                }
                sar = next;
                values[offset + t] = sar;
            }
            this.sar = sar;
            this.ep = ep;
            this.af = af;
            this.up = up;
        }

        /**
         * Math.min(stop, floor), the stop's usual value (below the floor) given by a comparison, so that the
         * stop's bar-to-bar chain waits on a predictable branch rather than on Math.min's blend.
         */
        private static double below(double stop, double floor) {
            return stop < floor ? stop : Math.min(stop, floor);
        }

        /** Math.max(stop, ceiling) alike. */
        private static double above(double stop, double ceiling) {
            return stop > ceiling ? stop : Math.max(stop, ceiling);
        }
    }
}
