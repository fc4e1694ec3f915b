package io.sparkta.kernels.trend;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.vector.TrueRangeScan;

/** Vortex Indicator: the period's upward and downward vortex movements, each per the period's summed true range. */
@AutoService(Indicator.class)
public final class Vi extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 14, 1, "window length").sweep(14, 263, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("vi", "Vortex Indicator", Category.TREND)
            .columns("high", "low", "close").params(PERIOD).outputs(Warmup.of(PERIOD).plus(-1), "plus", "minus")
            .notes("VM+ = |high - previous low|, VM- = |low - previous high|. The first bar of the window counts "
                    + "its high - low as true range and no movement; with period 1 that first value is 0. The sums "
                    + "are kept running (sum += new - old), as VectorTA does.")
            .build();

    public Vi() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double[] ranges = new double[period], ups = new double[period], downs = new double[period];
        return new Step() {
            private double prevHigh, prevLow, prevClose, range, up, down;
            private int bars, slot;

            @Override
            public void next(double[] bar, double[] out) {
                double h = bar[0], l = bar[1];
                int k = bars++;
                double tr = h - l, vmPlus = 0, vmMinus = 0;
                if (k > 0) {
                    tr = TrueRangeScan.trueRange(h, l, prevClose);
                    vmPlus = Math.abs(h - prevLow);
                    vmMinus = Math.abs(l - prevHigh);
                }
                if (k < period) {
                    range += tr;
                    up += vmPlus;
                    down += vmMinus;
                } else {
                    range += tr - ranges[slot];
                    up += vmPlus - ups[slot];
                    down += vmMinus - downs[slot];
                }
                ranges[slot] = tr;
                ups[slot] = vmPlus;
                downs[slot] = vmMinus;
                slot = slot + 1 == period ? 0 : slot + 1;
                prevHigh = h;
                prevLow = l;
                prevClose = bar[2];
                boolean first = k == 0;
                out[0] = first ? 0.0 : up / range;
                out[1] = first ? 0.0 : down / range;
            }
        };
    }
}
