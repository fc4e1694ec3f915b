package io.sparkta.kernels.volume;

import com.google.auto.service.AutoService;
import io.sparkta.kernels.Category;
import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.StepIndicator;
import io.sparkta.kernels.Warmup;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/** Anchored VWAP: the volume-weighted mean price since the start of the bar's time bucket (a UTC day by default). */
@AutoService(Indicator.class)
public final class Vwap extends StepIndicator {
    /**
     * VectorTA's anchors are a count and a unit: m (minutes), h, d (buckets of epoch time) or M (calendar months).
     * Names are matched case-insensitively here, so the list never holds a count in both m and M.
     */
    static final ParamSpec.Choice ANCHOR = ParamSpec.choice("anchor", "1d", List.of("5m", "15m", "30m", "1h", "2h",
            "4h", "6h", "8h", "12h", "1d", "2d", "3d", "7d", "1M", "3M", "6M", "12M"),
            "bucket the sums restart in: minutes, hours and days since the epoch (UTC), or calendar months (M)");
    public static final IndicatorSpec SPEC = IndicatorSpec.builder("vwap", "Anchored VWAP", Category.VOLUME)
            .columns("timestamp").source("hlc3").columns("volume").params(ANCHOR).output("values", Warmup.none())
            .notes("Timestamps are epoch milliseconds. A bar whose bucket (timestamp / bucket length, truncated, or "
                    + "its UTC month / count) differs from the previous bar's restarts the sums of volume and price "
                    + "x volume. NaN while the bucket's volume is not positive; a bar with a NaN timestamp is NaN "
                    + "and leaves the sums.")
            .build();

    public Vwap() {
        super(SPEC);
    }

    /** The bucket of a timestamp (epoch milliseconds) for a count of units. */
    private static long bucket(long ts, long count, char unit) {
        if (unit == 'M') {
            ZonedDateTime t = Instant.ofEpochMilli(ts).atZone(ZoneOffset.UTC);
            return ((t.getYear() - 1970) * 12L + t.getMonthValue() - 1) / count;
        }
        long unitMs = unit == 'm' ? 60_000L : unit == 'h' ? 3_600_000L : 86_400_000L;
        return ts / (count * unitMs);
    }

    @Override
    protected Step start(double[] p) {
        String anchor = ANCHOR.of(p);
        long count = Long.parseLong(anchor.substring(0, anchor.length() - 1));
        char unit = anchor.charAt(anchor.length() - 1);
        return new Step() {
            private long group;
            private boolean started;
            private double volume, weighted;

            @Override
            public void next(double[] bar, double[] out) {
                if (Double.isNaN(bar[0])) {
                    out[0] = Double.NaN;
                    return;
                }
                long g = bucket((long) bar[0], count, unit);
                if (!started || g != group) {
                    started = true;
                    group = g;
                    volume = 0;
                    weighted = 0;
                }
                volume += bar[2];
                weighted = Math.fma(bar[1], bar[2], weighted);
                out[0] = volume > 0 ? weighted / volume : Double.NaN;
            }
        };
    }
}
