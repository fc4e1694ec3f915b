package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;

/** MAC-Z: a z-score of the price against its VWAP plus MACD over the price's deviation, minus its signal. */
@AutoService(Indicator.class)
public final class Macz extends StepIndicator {
    static final ParamSpec.Int FAST = ParamSpec.period("fast_length", 12, 1, "fast SMA length").sweep(12, 12, 1);
    static final ParamSpec.Int SLOW = ParamSpec.period("slow_length", 25, 1, "slow SMA length").sweep(25, 25, 1);
    static final ParamSpec.Int SIGNAL = ParamSpec.period("signal_length", 9, 1, "signal SMA length").sweep(9, 9, 1);
    static final ParamSpec.Int LENGTHZ = ParamSpec.period("lengthz", 20, 1, "VWAP z-score window").sweep(20, 20, 1);
    static final ParamSpec.Int LENGTH_STDEV = ParamSpec.period("length_stdev", 25, 1, "deviation window")
            .sweep(25, 25, 1);
    static final ParamSpec.Real A = ParamSpec.real("a", 1.0, -2.0, 2.0, "weight of the z-score").sweep(1.0, 1.249, 0.001);
    static final ParamSpec.Real B = ParamSpec.real("b", 1.0, -2.0, 2.0, "weight of MACD / deviation").sweep(1.0, 1.0, 0.0);
    static final ParamSpec.Int USE_LAG = ParamSpec.flag("use_lag", false, "smooth with a Laguerre filter");
    static final ParamSpec.Real GAMMA = ParamSpec.real("gamma", 0.02, 0.0, Math.nextDown(1.0), "Laguerre gamma, in [0, 1)");
    private static final Warmup LONGEST = Warmup.max(Warmup.of(SLOW), Warmup.of(LENGTHZ), Warmup.of(LENGTH_STDEV));
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("macz", "MAC-Z", Category.MOMENTUM)
            .source("close").columns("volume").params(FAST, SLOW, SIGNAL, LENGTHZ, LENGTH_STDEV, A, B, USE_LAG, GAMMA)
            .output("values", LONGEST.plus(SIGNAL).plus(-2))
            .notes("MAC-Z = a (price - VWAP) / sd + b (SMA(fast) - SMA(slow)) / sd(length_stdev), the z-score's sd "
                    + "taken about the VWAP over lengthz bars (0 where it is 0), population deviations from running "
                    + "sums; optionally Laguerre-smoothed; the output is MAC-Z minus its SMA(signal_length). NaN "
                    + "while a window holds a NaN.")
            .build();

    public Macz() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int fast = FAST.of(p), slow = SLOW.of(p), sig = SIGNAL.of(p), lz = LENGTHZ.of(p), lsd = LENGTH_STDEV.of(p);
        int span = Math.max(Math.max(fast, slow), Math.max(lz, lsd)), warmM = LONGEST.at(p) - 1;
        double a = A.of(p), b = B.of(p), gamma = GAMMA.of(p);
        boolean lag = USE_LAG.of(p) == 1;
        double[] xs = new double[span + 1], vs = new double[span + 1], sigRing = new double[sig];
        return new Step() {
            private double sumFast, sumSlow, sumLz, sum2Lz, sumLsd, sum2Lsd, sumPv, sumV, sigSum, l0, l1, l2, l3;
            private int nanFast, nanSlow, nanLz, nanLsd, nanVwap, sigCount, sigNan, sigHead, bars;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], v = bar[1];
                int t = bars++;
                xs[t % (span + 1)] = x;
                vs[t % (span + 1)] = v;
                boolean nan = Double.isNaN(x);
                if (nan) {
                    nanFast++;
                    nanSlow++;
                    nanLz++;
                    nanLsd++;
                } else {
                    sumFast += x;
                    sumSlow += x;
                    sumLz += x;
                    sum2Lz += x * x;
                    sumLsd += x;
                    sum2Lsd += x * x;
                }
                if (nan || Double.isNaN(v)) {
                    nanVwap++;
                } else {
                    sumPv = Math.fma(x, v, sumPv);
                    sumV += v;
                }
                if (t >= fast) {
                    double xo = old(xs, t, fast);
                    if (Double.isNaN(xo)) nanFast--; else sumFast -= xo;
                }
                if (t >= slow) {
                    double xo = old(xs, t, slow);
                    if (Double.isNaN(xo)) nanSlow--; else sumSlow -= xo;
                }
                if (t >= lz) {
                    double xo = old(xs, t, lz), vo = old(vs, t, lz);
                    if (Double.isNaN(xo)) {
                        nanLz--;
                    } else {
                        sumLz -= xo;
                        sum2Lz -= xo * xo;
                    }
                    if (Double.isNaN(xo) || Double.isNaN(vo)) {
                        nanVwap--;
                    } else {
                        sumPv -= xo * vo;
                        sumV -= vo;
                    }
                }
                if (t >= lsd) {
                    double xo = old(xs, t, lsd);
                    if (Double.isNaN(xo)) {
                        nanLsd--;
                    } else {
                        sumLsd -= xo;
                        sum2Lsd -= xo * xo;
                    }
                }
                if (t < warmM) {
                    return;
                }
                double macd = t >= fast - 1 && nanFast == 0 && nanSlow == 0 ? sumFast * (1.0 / fast) - sumSlow * (1.0 / slow)
                        : Double.NaN;
                double vwap = nanVwap == 0 && sumV > 0 ? sumPv / sumV : Double.NaN, z = Double.NaN;
                if (nanLz == 0 && !Double.isNaN(vwap) && Double.isFinite(x)) {
                    double e = sumLz * (1.0 / lz), e2 = sum2Lz * (1.0 / lz);
                    double sd = Math.sqrt(Math.max(Math.fma(-2.0 * vwap, e, e2) + vwap * vwap, 0.0));
                    z = sd > 0 ? (x - vwap) / sd : 0.0;
                }
                double sdSrc = Double.NaN;
                if (nanLsd == 0) {
                    double e = sumLsd * (1.0 / lsd), e2 = sum2Lsd * (1.0 / lsd);
                    sdSrc = Math.sqrt(Math.max(e2 - e * e, 0.0));
                }
                double raw = Double.isFinite(sdSrc) && sdSrc > 0 && Double.isFinite(z) && Double.isFinite(macd)
                        ? Math.fma(z, a, (macd / sdSrc) * b) : Double.NaN;
                double m = lag ? laguerre(raw) : raw;
                if (sigCount == sig) {
                    double leaving = sigRing[sigHead];
                    if (Double.isNaN(leaving)) {
                        sigNan = Math.max(0, sigNan - 1);
                    } else {
                        sigSum -= leaving;
                    }
                } else {
                    sigCount++;
                }
                sigRing[sigHead] = m;
                if (Double.isNaN(m)) sigNan++; else sigSum += m;
                sigHead = (sigHead + 1) % sig;
                double signal = sigCount == sig && sigNan == 0 ? sigSum * (1.0 / sig) : Double.NaN;
                out[0] = m - signal;
            }

            private double laguerre(double raw) {
                if (!Double.isFinite(raw)) {
                    return Double.NaN;
                }
                double n0 = Math.fma(raw, 1.0 - gamma, gamma * l0);
                double n1 = Math.fma(-gamma, n0, l0 + gamma * l1);
                double n2 = Math.fma(-gamma, n1, l1 + gamma * l2);
                double n3 = Math.fma(-gamma, n2, l2 + gamma * l3);
                l0 = n0;
                l1 = n1;
                l2 = n2;
                l3 = n3;
                return (l0 + 2.0 * l1 + 2.0 * l2 + l3) / 6.0;
            }
        };
    }

    /** The value {@code back} bars before bar t in a ring one longer than the longest window. */
    private static double old(double[] ring, int t, int back) {
        return ring[(t - back) % ring.length];
    }
}
