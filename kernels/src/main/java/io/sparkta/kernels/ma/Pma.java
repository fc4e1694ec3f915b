package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Indicator;

/** Predictive Moving Average on the current price (VectorTA's pma, default source hl2 in its tests). */
@AutoService(Indicator.class)
public final class Pma extends PredictiveAverage {
    public Pma() {
        super("pma", "Predictive Moving Average", 0, true,
                "As VectorTA: predict starts with the first wma1 value, its second WMA counting the wma1 values "
                        + "not yet there as zeros (exact from first + 12 on), and trigger once four predictions "
                        + "exist.");
    }
}
