package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Wilder's smoothed directional movement: the running +DM and -DM sums that +DI and -DI divide by range. */
@AutoService(Indicator.class)
public final class Dm extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "smoothing length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("dm", "Directional Movement (Wilder)",
                    Category.TREND)
            .columns("high", "low").params(PERIOD).outputs(Warmup.of(PERIOD).plus(-1), "plus", "minus")
            .notes("The first value is the plain sum of the period - 1 movements after the first bar, then "
                    + "x = x - x / period + new (VectorTA's seed, one movement short of Wilder's).")
            .build();

    public Dm() {
        super(SPEC);
    }

    /** The step on arrays, without a call per bar; the step stays for the stream and off-heap buffers. */
    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        double[] high = in[0], low = in[1], plusOut = out[0], minusOut = out[1];
        int period = PERIOD.of(p), seeded = first + period - 1;
        double rp = 1.0 / period, plus = 0.0, minus = 0.0;
        for (int t = first + 1; t <= seeded; t++) {
            double up = high[t] - high[t - 1], down = low[t - 1] - low[t];
            plus += Movement.plusMove(up, down);
            minus += Movement.minusMove(up, down);
        }
        plusOut[offset + seeded] = plus;
        minusOut[offset + seeded] = minus;
        for (int t = seeded + 1; t < high.length; t++) {
            double up = high[t] - high[t - 1], down = low[t - 1] - low[t];
            plus = plus - plus * rp + Movement.plusMove(up, down);
            minus = minus - minus * rp + Movement.minusMove(up, down);
            plusOut[offset + t] = plus;
            minusOut[offset + t] = minus;
        }
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double rp = 1.0 / period;
        Movement move = new Movement();
        return new Step() {
            private double plus, minus;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                if (move.next(bar[0], bar[1], Double.NaN)) {
                    boolean seeding = bars < period;
                    plus = seeding ? plus + move.plus : plus - plus * rp + move.plus;
                    minus = seeding ? minus + move.minus : minus - minus * rp + move.minus;
                }
                bars++;
                out[0] = plus;
                out[1] = minus;
            }
        };
    }
}
