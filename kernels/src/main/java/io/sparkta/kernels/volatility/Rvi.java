package io.sparkta.kernels.volatility;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import io.sparkta.kernels.stats.SortedWindow;
import io.sparkta.kernels.stats.Window;
import io.sparkta.kernels.stats.WindowSums;

/** Relative Volatility Index: the share, in percent, of the window deviation that came on rising bars. */
@AutoService(Indicator.class)
public final class Rvi extends StepIndicator {
    static final ParamSpec.Int PERIOD = ParamSpec.period("period", 10, 1, "deviation window").sweep(10, 259, 1);
    static final ParamSpec.Int MA_LEN = ParamSpec.period("ma_len", 14, 1, "smoothing length").sweep(14, 14, 0);
    static final ParamSpec.Int MATYPE = ParamSpec.integer("matype", 1, 0, 1, "0 SMA, 1 EMA seeded with an SMA")
            .sweep(1, 1, 0);
    static final ParamSpec.Int DEVTYPE = ParamSpec.integer("devtype", 0, 0, 2,
            "0 standard deviation, 1 mean absolute deviation, 2 mean absolute deviation around the median")
            .sweep(0, 0, 0);
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("rvi", "Relative Volatility Index",
                    Category.VOLATILITY)
            .source("close").params(PERIOD, MA_LEN, MATYPE, DEVTYPE)
            .output("values", Warmup.of(PERIOD).plus(MA_LEN).plus(-2))
            .notes("Each bar's deviation of the last period values goes to the up side when the value rose, to "
                    + "the down side when it fell (neither when unchanged); 100 * up / (up + down) of their "
                    + "averages, NaN where that sum is within machine epsilon of 0. The standard deviation is "
                    + "from running sums as VectorTA keeps them (not clamped), O(1) per bar; types 1 and 2 are "
                    + "O(period). A NaN restarts the averages.")
            .build();

    public Rvi() {
        super(SPEC);
    }

    /** Short data is reported against the longer of the two windows, as VectorTA checks both at once. */
    @Override
    protected void checkData(int n, int first, double[] p) {
        if (MA_LEN.of(p) > PERIOD.of(p)) {
            requirePeriod(MA_LEN.name(), MA_LEN.of(p), n);
        }
        super.checkData(n, first, p);
    }

    @Override
    protected Step start(double[] p) {
        int period = PERIOD.of(p), devtype = DEVTYPE.of(p);
        double scale = 1.0 / period;
        WindowSums sums = new WindowSums(period, WindowSums.Rounding.DIFFERENCES);
        Window window = sums.window();
        SortedWindow sorted = devtype == 2 ? new SortedWindow(period) : null;
        boolean sma = MATYPE.of(p) == 0;
        Smoother up = new Smoother(MA_LEN.of(p), sma), down = new Smoother(MA_LEN.of(p), sma);
        return new Step() {
            private double previous = Double.NaN;

            @Override
            public void next(double[] bar, double[] out) {
                double x = bar[0], change = x - previous;
                previous = x;
                double dev = Double.NaN;
                if (devtype == 0) {
                    if (sums.push(x)) {
                        double mean = sums.sum() * scale;
                        dev = Math.sqrt(sums.squares() * scale - mean * mean);
                    }
                } else {
                    double old = window.push(x);
                    if (sorted != null) {
                        sorted.follow(window, x, old);
                    }
                    if (window.ready()) {
                        dev = distances(window, sorted != null ? sorted.median() : window.sum() * scale) * scale;
                    }
                }
                boolean none = Double.isNaN(change) || Double.isNaN(dev);
                double u = up.next(none ? Double.NaN : change > 0 ? dev : 0.0);
                double d = down.next(none ? Double.NaN : change < 0 ? dev : 0.0);
                double total = u + d;
                out[0] = Math.abs(total) < Math.ulp(1.0) ? Double.NaN : 100.0 * (u / total);
            }
        };
    }

    /** The sum of the distances of the window's values from {@code center}. */
    private static double distances(Window window, double center) {
        double total = 0.0;
        for (int k = 0; k < window.length(); k++) {
            total += Math.abs(window.get(k) - center);
        }
        return total;
    }

    /** An SMA, or an EMA seeded with the SMA of its first values; a NaN restarts it. */
    private static final class Smoother {
        private final Window window;
        private final boolean sma;
        private final double scale, alpha, keep;
        private double value, sum;
        private int count;

        Smoother(int length, boolean sma) {
            this.window = new Window(length);
            this.sma = sma;
            this.scale = 1.0 / length;
            this.alpha = 2.0 / (length + 1.0);
            this.keep = 1.0 - alpha;
        }

        double next(double v) {
            if (Double.isNaN(v)) {
                count = 0;
                sum = 0.0;
                window.push(v);
                return Double.NaN;
            }
            double old = window.push(v);
            if (count < window.length()) {
                sum += v;
                if (++count < window.length()) {
                    return Double.NaN;
                }
                value = sum * scale;
            } else if (sma) {
                sum += v - old;
                value = sum * scale;
            } else {
                value = Math.fma(alpha, v, keep * value);
            }
            return value;
        }
    }
}
