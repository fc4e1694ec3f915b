package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** Accelerator Oscillator: the Awesome Oscillator minus its 5-bar average, and that value's one-bar change. */
@AutoService(Indicator.class)
public final class Acosc extends StepIndicator {
    private static final int SHORT = 5, LONG = 34;
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("acosc", "Accelerator Oscillator",
                    Category.MOMENTUM)
            .columns("high", "low").outputs(Warmup.bars(LONG + SHORT - 1), "osc", "change")
            .notes("AO = SMA5(hl2) - SMA34(hl2). As in VectorTA, the 5-bar window holds the first five bars until "
                    + "bar 34 and then takes new bars in its ring order, so the first four AO values (and the "
                    + "first outputs, through the average of AO) mix bars 0-4 in. The first change is the first "
                    + "value itself (the previous taken as 0).")
            .build();

    public Acosc() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        double[] shortRing = new double[SHORT];
        RunningMean longMean = new RunningMean(LONG), aoMean = new RunningMean(SHORT);
        return new Step() {
            private double shortSum, previous;
            private int bars, slot;

            @Override
            public void next(double[] bar, double[] out) {
                double med = (bar[0] + bar[1]) * 0.5, slow = longMean.next(med);
                int t = bars++;
                if (t < SHORT) {
                    shortSum += med;
                    shortRing[t] = med;
                }
                if (t < LONG) {
                    return;
                }
                shortSum += med - shortRing[slot];
                shortRing[slot] = med;
                slot = (slot + 1) % SHORT;
                double ao = shortSum * (1.0 / SHORT) - slow, res = ao - aoMean.next(ao);
                if (Double.isNaN(res)) {
                    return; // the average of AO is still filling
                }
                out[0] = res;
                out[1] = res - previous;
                previous = res;
            }
        };
    }
}
