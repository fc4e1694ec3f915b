package io.sparkta.kernels.ma;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Indicator;

/** Ehlers' Predictive Moving Average as he published it: on the previous bar's price. */
@AutoService(Indicator.class)
public final class EhlersPma extends PredictiveAverage {
    public EhlersPma() {
        super("ehlers_pma", "Ehlers Predictive Moving Average", 1, false,
                "Reads the price one bar back, as Ehlers' code does.");
    }
}
