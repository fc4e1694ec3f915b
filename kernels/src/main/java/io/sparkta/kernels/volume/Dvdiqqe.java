package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Deviation;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.SeriesStep;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import java.util.List;

/**
 * DVDI QQE: the dual volume divergence index (the spread of positive and negative volume indices from their
 * EMAs, smoothed) with QQE-style fast and slow trailing levels and a center line.
 */
@AutoService(Indicator.class)
public final class Dvdiqqe extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 13, 1, "EMA length of the volume indices")
            .sweep(13, 262, 1);
    static final ParamSpec.Int SMOOTHING = ParamSpec.period("smoothing_period", 6, 1, "EMA length of the divergences")
            .sweep(6, 6, 0);
    static final ParamSpec.Real FAST = ParamSpec.realAbove("fast_multiplier", 2.618, 0, Double.MAX_VALUE,
            "range multiple of the fast trailing level").sweep(2.618, 2.618, 0.0);
    static final ParamSpec.Real SLOW = ParamSpec.realAbove("slow_multiplier", 4.236, 0, Double.MAX_VALUE,
            "range multiple of the slow trailing level").sweep(4.236, 4.236, 0.0);
    static final ParamSpec.Choice VOLUME = ParamSpec.choice("volume_type", "default",
            List.of("default", "real", "tick"),
            "tick: the tick volume |close - open| / tick_size; otherwise the volume (the tick volume where it is NaN)");
    static final ParamSpec.Choice CENTER = ParamSpec.choice("center_type", "dynamic", List.of("dynamic", "static"),
            "dynamic: the running mean of dvdi; static: 0");
    static final ParamSpec.Real TICK = ParamSpec.realAbove("tick_size", 0.01, 0, Double.MAX_VALUE,
            "smallest price move");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("dvdiqqe", "DVDI QQE", Category.VOLUME)
            .columns("open", "high", "low", "close", "volume")
            .params(PERIOD, SMOOTHING, FAST, SLOW, VOLUME, CENTER, TICK)
            .outputs(Warmup.of(PERIOD).plus(PERIOD).plus(-1), "dvdi", "fast_tl", "slow_tl", "center_line")
            .notes("The indices start at 0 with a previous close and volume of 0 (so the first bar adds its whole "
                    + "close to the positive index when it has volume) and add the close's change on bars whose "
                    + "volume rose (positive) or subtract it where it fell (negative). dvdi = EMA(smoothing) of "
                    + "(PVI - EMA(period)) minus that of (NVI - EMA(period)), EMAs as VectorTA's (a running mean "
                    + "first). The trailing levels start at dvdi on bar 2 period - 1 and trail it by the EMA(2 "
                    + "period - 1) of the EMA(2 period - 1) of |dvdi change| times their multipliers; high and low "
                    + "are not read.")
            .build()
            .deviating(Deviation.afterLeadingNaNs("dvdi",
                    "VectorTA runs the volume indices from bar 0 with a previous close of 0: after leading NaNs the "
                            + "previous close is NaN and a rising volume makes the positive index NaN for good; "
                            + "Sparkta starts at the first valid bar, so k leading NaNs only shift the output",
                    "dvdiqqe.rs: dvdiqqe_compute_into loops from index 0 whatever the first valid close"));

    public Dvdiqqe() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), smoothing = SMOOTHING.of(p), wide = 2 * period - 1;
        double fastMult = FAST.of(p), slowMult = SLOW.of(p), tick = TICK.of(p);
        boolean tickOnly = VOLUME.of(p).equals("tick"), dynamic = CENTER.of(p).equals("dynamic");
        SeriesStep pviEma = SeriesStep.movingAverage("ema", period), nviEma = SeriesStep.movingAverage("ema", period);
        SeriesStep pdiv = SeriesStep.movingAverage("ema", smoothing), ndiv = SeriesStep.movingAverage("ema", smoothing);
        SeriesStep avgRange = SeriesStep.movingAverage("ema", wide);
        SeriesStep smoothRange = SeriesStep.movingAverage("ema", wide);
        return new Step() {
            private double pvi, nvi, previousClose, previousVolume, tickRange = tick, dvdi = Double.NaN;
            private double fast, slow, centerSum, centerCount;
            private int t = -1;

            @Override
            public void next(double[] bar, double[] out) {
                t++;
                double open = bar[0], close = bar[3];
                double move = close - open;
                tickRange = Math.abs(move) < tick ? tickRange : move;
                double tickVolume = Math.abs(tickRange) / tick;
                tickVolume = tickVolume > 0 ? tickVolume : 0; // Rust's max(x, 0) also takes NaN to 0
                double volume = tickOnly || !Double.isFinite(bar[4]) ? tickVolume : bar[4];
                double change = close - previousClose;
                if (volume > previousVolume) {
                    pvi += change;
                }
                if (volume < previousVolume) {
                    nvi -= change;
                }
                previousClose = close;
                previousVolume = volume;
                double next = pdiv.next(pvi - pviEma.next(pvi)) - ndiv.next(nvi - nviEma.next(nvi));
                double smooth = smoothRange.next(avgRange.next(Math.abs(next - dvdi)));
                dvdi = next;
                if (t < wide) {
                    return;
                }
                if (t == wide) {
                    fast = dvdi;
                    slow = dvdi;
                } else {
                    fast = trail(fast, smooth * fastMult);
                    slow = trail(slow, smooth * slowMult);
                }
                if (Double.isFinite(dvdi)) {
                    centerSum += dvdi;
                    centerCount += 1.0;
                }
                out[0] = dvdi;
                out[1] = fast;
                out[2] = slow;
                out[3] = dynamic ? (centerCount > 0 ? centerSum / centerCount : Double.NaN) : 0.0;
            }

            /** A level that only moves toward dvdi, keeping range away from it. */
            private double trail(double level, double range) {
                if (dvdi > level) {
                    double v = dvdi - range;
                    return v < level ? level : v;
                }
                double v = dvdi + range;
                return v > level ? level : v;
            }
        };
    }
}
