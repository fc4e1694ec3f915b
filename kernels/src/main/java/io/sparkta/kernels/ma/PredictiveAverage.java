package io.sparkta.kernels.ma;

import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.IndicatorStream;
import io.sparkta.kernels.Vectorization;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.memory.DoubleMemory;

/**
 * Ehlers' Predictive Moving Average: wma1 = WMA7(price), wma2 = WMA7(wma1), predict = 2 wma1 - wma2 and
 * trigger = (4 predict + 3 predict[1] + 2 predict[2] + predict[3]) / 10, on the price {@code lag} bars back.
 * With {@code early} the outputs start as soon as wma1 does (predict) and four predictions exist (trigger),
 * the second WMA counting the wma1 values not yet there as zeros. Single, batch and stream run the same step.
 */
abstract class PredictiveAverage extends Indicator {
    private final int lag, predictFrom; // predict from this many bars after the first price read

    PredictiveAverage(String id, String name, int lag, boolean early, String notes) {
        super(IndicatorSpec.builder(id, name, Category.MOVING_AVERAGE).source("close")
                .output("predict", Warmup.bars(lag + predictFrom(early)))
                .output("trigger", Warmup.bars(lag + predictFrom(early) + 3))
                .notes(notes).build());
        this.lag = lag;
        this.predictFrom = predictFrom(early);
    }

    private static int predictFrom(boolean early) {
        return early ? 6 : 12;
    }

    /** A step per value, so it runs in place on off-heap buffers as on arrays. */
    @Override
    public boolean computesInPlace(double[] p) {
        return true;
    }

    @Override
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] p, Vectorization vectorization,
                                 DoubleMemory[] out) {
        Step step = new Step(lag, predictFrom);
        for (int t = first; t < n; t++) {
            step.next(in[0].get(t));
            if (t - first >= lag + predictFrom) {
                out[0].put(t, step.predict);
                out[1].put(t, step.trigger);
            }
        }
    }

    @Override
    protected IndicatorStream newStream(double[] p) {
        Step step = new Step(lag, predictFrom);
        return new IndicatorStream() {
            @Override
            protected void accept(double[] bar, double[] out) {
                step.next(bar[0]);
                out[0] = step.predict;
                out[1] = step.trigger;
            }
        };
    }

    /** The rings of prices, wma1 values (zeros before the first) and predictions; NaN until each is defined. */
    private static final class Step {
        private final double[] prices = new double[8], wma1 = new double[7], predicted = new double[4];
        private final int lag, predictFrom;
        private int t;
        double predict = Double.NaN, trigger = Double.NaN;

        Step(int lag, int predictFrom) {
            this.lag = lag;
            this.predictFrom = predictFrom;
        }

        void next(double x) {
            prices[t % 8] = x;
            int k = t++ - lag; // index of the newest price used
            if (k < 6) {
                return;
            }
            wma1[k % 7] = weighted(prices, 8, t - 1 - lag);
            if (k < predictFrom) {
                return;
            }
            double w1 = wma1[k % 7], w2 = weighted(wma1, 7, k);
            predict = 2.0 * w1 - w2;
            predicted[k % 4] = predict;
            trigger = k < predictFrom + 3 ? Double.NaN : (4.0 * predict + 3.0 * predicted[(k + 3) % 4]
                    + 2.0 * predicted[(k + 2) % 4] + predicted[(k + 1) % 4]) / 10.0;
        }

        /** (7 v[i] + 6 v[i - 1] + ... + v[i - 6]) / 28 over a ring of the given size. */
        private static double weighted(double[] ring, int size, int newest) {
            double sum = 0.0;
            for (int j = 0; j < 7; j++) {
                sum += (7 - j) * ring[(newest - j + size) % size];
            }
            return sum / 28.0;
        }
    }
}
