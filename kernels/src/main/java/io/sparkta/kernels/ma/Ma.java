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

/**
 * The moving-average selector, as VectorTA's {@code ma}: any single-series average whose first parameter is
 * {@code period}, by name, with that period and its other parameters at their defaults
 * ({@code ta_ma(close, 'hma', 20)} in SQL). Errors are the chosen average's own.
 */
@AutoService(Indicator.class)
public final class Ma extends Indicator {
    public static final IndicatorSpec SPEC = IndicatorSpec.onSource("ma", "Moving Average (by name)",
            Category.MOVING_AVERAGE,
            List.of(ParamSpec.choice("ma_type", "sma", MovingAverages::names, "the average to compute"),
                    ParamSpec.period("period", 9, 1, "its period")),
            List.of("values"), "the chosen average's",
            "Runs the chosen average's own kernels (SIMD where it has them), warm-up and NaN rules.");

    public Ma() {
        super(SPEC);
    }

    private static Indicator chosen(double[] p) {
        return MovingAverages.get(SPEC.params().get(0).format(p[0]));
    }

    private static double[] paramsOf(Indicator ma, double[] p) {
        return MovingAverages.params(ma, (int) p[1]);
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    @Override
    public int warmup(double[] p) {
        Indicator ma = chosen(p);
        return ma.warmup(paramsOf(ma, p));
    }

    @Override
    protected void checkData(int n, int first, double[] p) {
        Indicator ma = chosen(p);
        ma.validate(n, first, paramsOf(ma, p));
    }

    @Override
    protected void kernel(double[][] in, int first, double[] p, Kernel kernel, double[][] out, int offset) {
        Indicator ma = chosen(p);
        ma.computeRow(in, first, paramsOf(ma, p), kernel, out, offset);
    }

    /** In place where the chosen average is. */
    @Override
    public boolean hasInPlaceKernel(double[] p) {
        Indicator ma = chosen(p);
        return ma.hasInPlaceKernel(paramsOf(ma, p));
    }

    @Override
    protected void kernel(DoubleMemory[] in, int n, int first, double[] p, Kernel kernel, DoubleMemory[] out) {
        Indicator ma = chosen(p);
        ma.computeRow(in, n, first, paramsOf(ma, p), kernel, out);
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        Indicator ma = chosen(p);
        return ma.stream(paramsOf(ma, p));
    }
}
