package io.sparkta.kernels.cycle;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/**
 * Ehlers' band-pass filter: a two-pole resonator tuned to {@code period} applied to a high-passed series, its
 * value normalised by a decaying peak, a high-passed copy of that as the trigger line, and their crossing side.
 */
@AutoService(Indicator.class)
public final class BandPass extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 20, 2, "centre period of the band")
            .sweep(20, 20, 0);
    static final ParamSpec.Real BANDWIDTH = ParamSpec.realAbove("bandwidth", 0.3, 0, 1,
            "width of the band as a fraction of the centre frequency").sweep(0.3, 0.549, 0.001);
    private static final Warmup WARMUP = Warmup.bars(2);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("bandpass", "Ehlers Band-Pass filter",
                    Category.CYCLE)
            .source("close").params(PERIOD, BANDWIDTH).outputs(WARMUP, "bp", "bp_normalized")
            .output("signal", OutputType.INT, WARMUP).output("trigger", WARMUP)
            .notes("The input is first high-passed over round(4 period / bandwidth) bars, rounded as VectorTA's "
                    + "code does (Ehlers and the figures of VectorTA's own test keep the fraction: 1e-4 relative "
                    + "apart); the resonator starts from the first two high-passed values. bp_normalized divides by "
                    + "the largest |bp| decaying by 0.991 a bar (0 while that is 0); trigger high-passes it over "
                    + "round(period / bandwidth / 1.5) bars; signal is 1 where bp_normalized is below the trigger, "
                    + "-1 above, 0 level. VectorTA runs whole high-pass filters and so needs round(4 period / "
                    + "bandwidth) valid values; this needs only the warm-up.")
            .build();

    public BandPass() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p);
        double bandwidth = BANDWIDTH.of(p);
        OnePoleHighPass input = new OnePoleHighPass(Math.round(4.0 * period / bandwidth));
        OnePoleHighPass trigger = new OnePoleHighPass(Math.round(period / bandwidth / 1.5));
        double beta = Math.cos(2.0 * Math.PI / period), gamma = Math.cos(2.0 * Math.PI * bandwidth / period);
        double alpha = 1.0 / gamma - Math.sqrt(1.0 / (gamma * gamma) - 1.0);
        double gain = 0.5 * (1.0 - alpha), feedback1 = beta * (1.0 + alpha), feedback2 = -alpha;
        return new Step() {
            private double hp1, hp2, bp1, bp2, peak;
            private int bars;

            @Override
            public void next(double[] bar, double[] out) {
                double hp = input.next(bar[0]);
                // the first two high-passed values seed the resonator as its own past outputs
                double bp = bars++ < 2 ? hp : Math.fma(feedback2, bp2, Math.fma(feedback1, bp1, gain * (hp - hp2)));
                hp2 = hp1;
                hp1 = hp;
                bp2 = bp1;
                bp1 = bp;
                if (bars <= 2) {
                    return;
                }
                peak *= 0.991;
                if (Math.abs(bp) > peak) {
                    peak = Math.abs(bp);
                }
                double normalized = peak != 0 ? bp / peak : 0, line = trigger.next(normalized);
                out[0] = bp;
                out[1] = normalized;
                out[2] = normalized < line ? 1 : normalized > line ? -1 : 0;
                out[3] = line;
            }
        };
    }
}
