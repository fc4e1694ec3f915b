package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Indicator;

/** Predictive Moving Average on the current price (VectorTA's pma, default source hl2 in its tests). */
@AutoService(Indicator.class)
public final class Pma extends PredictiveAverage {
    public Pma() {
        super("pma", "Predictive Moving Average", 0, "predict: first + 12; trigger: first + 15",
                "VectorTA writes NaN only up to first + 7 and values from there on, before its weighted averages "
                        + "have a full window; Sparkta starts each output where it is defined.");
    }
}
