package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.memory.DoubleMemory;

/** Buff Averages: a fast and a slow volume-weighted average of the price. */
@AutoService(Indicator.class)
public final class BuffAverages extends Indicator {
    private static final ParamSpec.Int FAST_PERIOD = ParamSpec.period("fast_period", 5, 1,
            "fast window").sweep(5, 5, 0);
    private static final ParamSpec.Int SLOW_PERIOD = ParamSpec.period("slow_period", 20, 1,
            "slow window").sweep(20, 269, 1);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("buff_averages", "Buff Averages",
                    Category.MOVING_AVERAGE)
            .columns("close", "volume").params(FAST_PERIOD, SLOW_PERIOD)
            .outputs(Warmup.max(Warmup.of(FAST_PERIOD), Warmup.of(SLOW_PERIOD)).plus(-1), "fast_buff", "slow_buff")
            .notes("Both outputs start at first + slow_period - 1. A NaN price or volume inside a window makes that "
                    + "output NaN; the sums are rebuilt once it has left.")
            .build();

    public BuffAverages() {
        super(SPEC);
    }

    /** The derived checks, slow_period first as VectorTA reports it. */
    /** A step per bar, so it runs in place on off-heap buffers as on arrays. */
    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        Vwma.Window fast = new Vwma.Window(FAST_PERIOD.of(p)), slow = new Vwma.Window(SLOW_PERIOD.of(p));
        int warm = first + warmup(p);
        for (int t = first; t < n; t++) {
            double price = in[0].get(t), volume = in[1].get(t);
            double f = fast.push(price, volume), s = slow.push(price, volume);
            if (t >= warm) {
                out[0].put(t, f);
                out[1].put(t, s);
            }
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        Vwma.Window fast = new Vwma.Window(FAST_PERIOD.of(p)), slow = new Vwma.Window(SLOW_PERIOD.of(p));
        long warm = warmup(p);
        return new IndicatorStream() {
            private long seen;

            @Override
            protected void accept(double[] bar, double[] out) {
                double f = fast.push(bar[0], bar[1]), s = slow.push(bar[0], bar[1]);
                boolean warming = seen++ < warm;
                out[0] = warming ? Double.NaN : f;
                out[1] = warming ? Double.NaN : s;
            }
        };
    }
}
