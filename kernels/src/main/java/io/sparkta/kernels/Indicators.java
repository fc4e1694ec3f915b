package io.sparkta.kernels;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The registry of every indicator on the class path. Indicators register themselves with
 * {@code @AutoService(Indicator.class)}, so adding one touches only its own file.
 */
public final class Indicators {
    private Indicators() {
    }

    /** Every indicator, sorted by id. */
    public static List<Indicator> all() {
        return Holder.ALL;
    }

    /** The indicator with this id, or {@code null}. */
    public static Indicator find(String id) {
        return Holder.BY_ID.get(id);
    }

    /** The indicator with this id; an unknown id is an error listing the valid ones. */
    public static Indicator get(String id) {
        Indicator ind = find(id);
        if (ind == null) {
            throw new IllegalArgumentException("unknown indicator '" + id + "' (valid: "
                    + all().stream().map(Indicator::id).collect(Collectors.joining(", ")) + ")");
        }
        return ind;
    }

    /** VectorTA's indicator count (its catalogue at the commit Sparkta follows). */
    public static final int VECTORTA_INDICATORS = 193;

    /** "N of 193 VectorTA indicators", given the catalogue's size (tests pass the catalogue's own count). */
    public static String coverageLine(int vectortaIndicators) {
        long patterns = all().stream().filter(i -> isPatternFunction(i.spec())).count();
        return (all().size() - patterns) + " of " + vectortaIndicators + " VectorTA indicators, plus " + patterns
                + " of its candlestick pattern functions";
    }

    /** One of VectorTA's {@code cdl*} pattern functions, which its catalogue lists under pattern_recognition. */
    public static boolean isPatternFunction(IndicatorSpec spec) {
        return spec.category() == Category.PATTERN && spec.id().startsWith("cdl");
    }

    private static final class Holder {
        static final List<Indicator> ALL = ServiceLoader.load(Indicator.class, Indicators.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).sorted(Comparator.comparing(Indicator::id)).toList();
        static final Map<String, Indicator> BY_ID = ALL.stream()
                .collect(Collectors.toUnmodifiableMap(Indicator::id, Function.identity()));
    }
}
