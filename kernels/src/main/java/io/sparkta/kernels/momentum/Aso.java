package io.sparkta.kernels.momentum;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.RollingExtremes;

/** Average Sentiment Oscillator: the bulls' and bears' shares of the bar and of the window, averaged. */
@AutoService(Indicator.class)
public final class Aso extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 10, 1, "window and average length")
            .sweep(10, 259, 1);
    static final ParamSpec.Int MODE = ParamSpec.integer("mode", 0, 0, 2,
            "0: mean of bar and window sentiment, 1: bar only, 2: window only").sweep(0, 0, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("aso", "Average Sentiment Oscillator",
                    Category.MOMENTUM)
            .source("close").columns("open", "high", "low", "close").params(PERIOD, MODE)
            .outputs(Warmup.of(PERIOD).plus(-1), "bulls", "bears")
            .notes("Bar bulls = ((close - low) + (high - open)) 50 / (high - low), window bulls the same with the "
                    + "window's lowest low, highest high and first open (a zero range counts as 1); bears the "
                    + "complements. As in VectorTA the average starts with the first full window, so it is a "
                    + "running mean of 1, 2, ... values until period are in. VectorTA reads the candles' open, "
                    + "high, low and close; the source column is not used.")
            .build();

    public Aso() {
        super(SPEC);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), mode = MODE.of(p);
        RollingExtremes highs = new RollingExtremes(period), lows = new RollingExtremes(period);
        double[] opens = new double[period], bulls = new double[period], bears = new double[period];
        return new Step() {
            private double sumBulls, sumBears;
            private int bars, head, filled;

            @Override
            public void next(double[] bar, double[] out) {
                double open = bar[1], high = bar[2], low = bar[3], close = bar[4];
                double range = high - low, k1 = range == 0 ? 1.0 : range;
                double barBulls = ((close - low) + (high - open)) * 50.0 / k1;
                double barBears = ((high - close) + (open - low)) * 50.0 / k1;
                highs.push(high);
                lows.push(low);
                int t = bars++;
                opens[t % period] = open;
                if (t < period - 1) {
                    return;
                }
                double gh = highs.max(), gl = lows.min(), first = opens[(t + 1) % period];
                double span = gh - gl, k2 = span == 0 ? 1.0 : span;
                double groupBulls = ((close - gl) + (gh - first)) * 50.0 / k2;
                double groupBears = ((gh - close) + (first - gl)) * 50.0 / k2;
                double b = mode == 1 ? barBulls : mode == 2 ? groupBulls : 0.5 * (barBulls + groupBulls);
                double e = mode == 1 ? barBears : mode == 2 ? groupBears : 0.5 * (barBears + groupBears);
                sumBulls += b - (filled == period ? bulls[head] : 0.0);
                sumBears += e - (filled == period ? bears[head] : 0.0);
                bulls[head] = b;
                bears[head] = e;
                head = (head + 1) % period;
                filled = Math.min(filled + 1, period);
                out[0] = sumBulls / filled;
                out[1] = sumBears / filled;
            }
        };
    }
}
