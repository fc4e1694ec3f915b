package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.spi.DoubleMemory;
import java.util.List;

/** Buff Averages: a fast and a slow volume-weighted average of the price. */
@AutoService(Indicator.class)
public final class BuffAverages extends Indicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.onColumns("buff_averages", "Buff Averages",
            Category.MOVING_AVERAGE, List.of("close", "volume"),
            List.of(ParamSpec.period("fast_period", 5, 1, "fast window"),
                    ParamSpec.period("slow_period", 20, 1, "slow window")),
            List.of("fast_buff", "slow_buff"), "first + slow_period - 1 for both outputs",
            "Both outputs start at first + slow_period - 1. A NaN price or volume inside a window makes that "
                    + "output NaN; the sums are rebuilt once it has left.");

    public BuffAverages() {
        super(SPEC);
    }

    @Override
    public int warmup(double[] p) {
        return (int) Math.max(p[0], p[1]) - 1;
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        requirePeriod("slow_period", (int) p[1], n);
        requirePeriod("fast_period", (int) p[0], n);
        requireValid((int) Math.max(p[0], p[1]), n, first);
    }

    /** A step per bar, so it runs in place on off-heap buffers as on arrays. */
    @Override
    public boolean hasInPlaceKernel(double[] p) {
        return true;
    }

    @Override
    protected void kernel(DoubleMemory[] in, int n, int first, double[] p, Kernel kernel, DoubleMemory[] out) {
        Vwma.Window fast = new Vwma.Window((int) p[0]), slow = new Vwma.Window((int) p[1]);
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
        Vwma.Window fast = new Vwma.Window((int) p[0]), slow = new Vwma.Window((int) p[1]);
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
