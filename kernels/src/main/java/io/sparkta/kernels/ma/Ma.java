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

/**
 * The moving-average selector, as VectorTA's {@code ma}: any single-series average whose first parameter is
 * {@code period}, by name, with that period and its other parameters at their defaults
 * ({@code ta_ma(close, 'hma', 20)} in SQL). Errors are the chosen average's own.
 */
@AutoService(Indicator.class)
public final class Ma extends Indicator {
    private static final ParamSpec.Choice MA_TYPE = ParamSpec.choice("ma_type", "sma", MovingAverages::names,
            "the average to compute");
    private static final ParamSpec.Int PERIOD = ParamSpec.period("period", 9, 1, "its period");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("ma", "Moving Average (by name)",
                    Category.MOVING_AVERAGE)
            .source("close").params(MA_TYPE, PERIOD)
            .output("values", Warmup.custom("the warm-up of ma_type at period", p -> {
                Indicator ma = chosen(p);
                return ma.warmup(paramsOf(ma, p));
            }))
            .notes("Runs the chosen average's own kernels (SIMD where it has them), warm-up and NaN rules.")
            .build();

    public Ma() {
        super(SPEC);
    }

    private static Indicator chosen(double[] p) {
        return MovingAverages.registered(MA_TYPE.of(p));
    }

    private static double[] paramsOf(Indicator ma, double[] p) {
        return MovingAverages.params(ma, PERIOD.of(p));
    }

    @Override
    public boolean hasSimd() {
        return true;
    }

    /** The chosen average's checks. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        Indicator ma = chosen(p);
        ma.validate(n, first, paramsOf(ma, p));
    }

    @Override
    protected void computeSeries(double[][] in, int first, double[] p, Vectorization vectorization, double[][] out,
                                 int offset) {
        Indicator ma = chosen(p);
        ma.computeRow(in, first, paramsOf(ma, p), vectorization, out, offset);
    }

    /** In place where the chosen average is. */
    @Override
    public boolean computesInPlace(double[] p) {
        Indicator ma = chosen(p);
        return ma.computesInPlace(paramsOf(ma, p));
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        Indicator ma = chosen(p);
        ma.computeRow(in, n, first, paramsOf(ma, p), vectorization, out);
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        Indicator ma = chosen(p);
        return ma.stream(paramsOf(ma, p));
    }
}
