package io.sparkta.kernels.trend;

import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.ma.MovingAverages;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Optimized Trend Tracker's line over a moving average, shared by OTT and OTTO: a long stop percent below the
 * average that only rises while the average stays above it, a short stop that only falls, the side switching
 * when the average crosses the opposite stop; the line is the active stop nudged by half the percent.
 */
final class OttLine {
    private final double fark, scaleDown, scaleUp;
    private double longStop, shortStop;
    private boolean up = true, started;

    OttLine(double percent) {
        fark = percent * 0.01;
        scaleDown = 1.0 - percent * 0.005;
        scaleUp = scaleDown + fark;
    }

    /** "VAR" (VIDYA with a nine-change CMO, from 0) or any average of the ma selector. */
    static ParamSpec.Choice maType() {
        return ParamSpec.choice("ma_type", "VAR",
                () -> Stream.concat(Stream.of("VAR"), MovingAverages.names().stream()).toList(),
                "VAR (VIDYA over a nine-change CMO) or any moving average");
    }

    /** 0 for VAR, else the chosen average's warm-up. */
    static Warmup warmup(ParamSpec.Choice type, ParamSpec.Int period) {
        return Warmup.custom("0 for VAR, else the average's warm-up", p -> isVar(type.of(p)) ? 0
                : MovingAverages.warmup(type.of(p), period.of(p)));
    }

    /** The average a line follows: VAR over its own momentum, or the chosen average. */
    static SeriesStep average(String type, int period) {
        if (!isVar(type)) {
            return SeriesStep.movingAverage(type, period);
        }
        double alpha = 2.0 / (period + 1.0);
        AbsoluteCmo cmo = new AbsoluteCmo();
        double[] var = {0.0};
        return x -> {
            if (Double.isNaN(x)) {
                return Double.NaN; // VectorTA's VAR skips a NaN bar
            }
            double a = alpha * cmo.next(x);
            return var[0] = a * x + (1.0 - a) * var[0];
        };
    }

    private static boolean isVar(String type) {
        return type.equalsIgnoreCase("VAR");
    }

    /** Takes the average's next value; NaN while it is NaN. */
    double next(double ma) {
        if (Double.isNaN(ma)) {
            return Double.NaN;
        }
        double down = Math.fma(ma, -fark, ma), upper = Math.fma(ma, fark, ma);
        if (!started) {
            started = true;
            longStop = down;
            shortStop = upper;
        } else {
            double prevLong = longStop, prevShort = shortStop;
            longStop = ma > prevLong ? Math.max(down, prevLong) : down;
            shortStop = ma < prevShort ? Math.min(upper, prevShort) : upper;
            // the side flips only when the average crosses the opposite side's previous stop
            up = up ? !(ma < prevLong) : ma > prevShort;
        }
        double line = up ? longStop : shortStop;
        return line * (ma > line ? scaleUp : scaleDown);
    }

    /** |Chande momentum| over the last nine changes: 0 until there are nine. */
    static final class AbsoluteCmo {
        private static final int LENGTH = 9;
        private final double[] ups = new double[LENGTH], downs = new double[LENGTH];
        private double upSum, downSum, previous;
        private int slot, changes;
        private boolean started;

        double next(double x) {
            if (started) {
                double d = x - previous;
                d = Double.isFinite(d) ? d : 0.0; // a change from or to a NaN counts as none
                double u = d > 0 ? d : 0, w = d > 0 ? 0 : -d;
                upSum += u - ups[slot];
                downSum += w - downs[slot];
                ups[slot] = u;
                downs[slot] = w;
                slot = (slot + 1) % LENGTH;
                changes = Math.min(changes + 1, LENGTH);
            }
            started = true;
            previous = x;
            if (changes < LENGTH) {
                return 0.0;
            }
            double total = upSum + downSum;
            return total != 0.0 ? Math.abs((upSum - downSum) / total) : 0.0;
        }
    }
}
