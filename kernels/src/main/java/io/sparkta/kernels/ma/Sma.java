package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Kernel;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.spi.DoubleMemory;
import io.sparkta.kernels.stats.RollingMoments;
import java.util.List;

/** Simple Moving Average by running sum (bit-identical to VectorTA on clean data). */
@AutoService(Indicator.class)
public final class Sma extends Indicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("sma", "Simple Moving Average",
            Category.MOVING_AVERAGE, List.of(ParamSpec.period("period", 9, 1, "window length")),
            List.of("values"), "first + period - 1",
            "A NaN inside the window makes that output NaN; the running sum is rebuilt once the NaN has left "
                    + "the window, so outputs recover.");

    public Sma() {
        super(SPEC);
    }

    @Override
    public boolean hasInPlaceKernel(double[] p) {
        return true;
    }

    @Override
    protected void kernel(DoubleMemory[] in, int n, int first, double[] p, Kernel kernel, DoubleMemory[] out) {
        RollingMoments.compute(in[0], n, first, (int) p[0], out[0], null, null, kernel);
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        RollingMoments.Stream window = new RollingMoments.Stream((int) p[0]);
        return new IndicatorStream.OfSeries() {
            @Override
            protected double next(double value) {
                window.push(value);
                return window.mean();
            }
        };
    }
}
