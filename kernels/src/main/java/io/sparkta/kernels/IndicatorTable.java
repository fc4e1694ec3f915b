package io.sparkta.kernels;

import java.util.List;
import java.util.stream.Collectors;

/** Renders {@code docs/indicators.md} from the descriptors; a test fails when the committed file differs. */
public final class IndicatorTable {
    private IndicatorTable() {
    }

    public static String markdown(List<Indicator> indicators) {
        StringBuilder b = new StringBuilder();
        b.append("# Indicators\n\n")
                .append("Generated from the indicator descriptors by `bin/sparkta docs --output docs/indicators.md`;")
                .append(" do not edit by hand.\n\n")
                .append("Warm-up gives the index of the first non-NaN output; `first` is the index of the first ")
                .append("bar whose inputs are all non-NaN, so k leading NaNs shift every output by k. A single-input ")
                .append("indicator reads `close` by default and takes any source (open, high, low, close, volume, ")
                .append("hl2, hlc3, ohlc4, hlcc4). SIMD says whether a Vector API kernel exists; it equals the ")
                .append("scalar kernel bit for bit. In place says whether off-heap (Arrow) buffers are read and ")
                .append("written by the kernel itself at the default parameters; the others are copied once in and once ")
                .append("out. Where the warm-up says the stream lags, an output depends on later bars (a local ")
                .append("extremum is confirmed by the bars after it): the single and batch calls see them, and the ")
                .append("stream gives each bar's values that many bars later, so it ends that many bars short; the ")
                .append("SQL window form refuses such an indicator (use the array form).\n\n")
                .append("| id | name | inputs | params (default, valid range) | outputs | warm-up | SIMD | in place | notes |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (Indicator ind : indicators) {
            IndicatorSpec s = ind.spec();
            List<String> named = new java.util.ArrayList<>(s.inputs());
            if (s.sourceSelectable()) {
                named.set(s.sourceIndex(), "source (default " + named.get(s.sourceIndex()) + ")");
            }
            String inputs = String.join(", ", named);
            List<String> outputs = new java.util.ArrayList<>();
            for (int o = 0; o < s.outputs().size(); o++) {
                OutputType type = s.outputTypes().get(o);
                outputs.add(s.outputs().get(o) + (type == OutputType.REAL ? "" : " (" + type.name().toLowerCase(java.util.Locale.ROOT) + ")"));
            }
            String params = s.params().stream()
                    .map(p -> "`" + p.name() + "` = " + p.format(p.defaultValue()) + " (" + p.rangeText() + ")")
                    .collect(Collectors.joining("<br>"));
            b.append("| `").append(s.id()).append("` | ").append(s.name()).append(" | ").append(inputs)
                    .append(" | ").append(params).append(" | ").append(String.join(", ", outputs))
                    .append(" | ").append(s.warmup())
                    .append(s.lookahead() == null ? "" : "; the stream lags " + s.lookahead().name() + " bars")
                    .append(" | ").append(ind.hasSimd() ? "yes" : "no")
                    .append(" | ").append(ind.computesInPlace(s.defaults()) ? "yes" : "no")
                    .append(" | ").append(s.notes().replace("|", "\\|")).append(" |\n");
        }
        b.append("\n## Deliberate deviations from VectorTA\n\n")
                .append("Where VectorTA's output is wrong rather than merely different, Sparkta stays right. These are ")
                .append("the only bars where the whole-series conformance test accepts a difference from VectorTA's ")
                .append("output on its reference data (the 4h candles at default parameters); a deviation that no ")
                .append("longer shows fails that test. Those after leading NaNs keep the shift invariance, which ")
                .append("the property tests check.\n\n")
                .append("| id | output | bars | why | evidence |\n|---|---|---|---|---|\n");
        for (Indicator ind : indicators) {
            for (Deviation d : ind.spec().deviations()) {
                b.append("| `").append(ind.id()).append("` | ").append(d.output()).append(" | ").append(d.bars()).append(" | ").append(d.why().replace("|", "\\|"))
                        .append(" | ").append(d.evidence().replace("|", "\\|")).append(" |\n");
            }
        }
        return b.toString();
    }
}
