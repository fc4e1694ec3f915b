package io.sparkta.kernels;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The descriptor of one indicator: the single source from which the CLI, the SQL functions, sweeps, the
 * documentation table and the conformance tests are derived. Indicators declare it with {@link #builder}.
 *
 * @param id        VectorTA's id, e.g. {@code alma}
 * @param name      human-readable name
 * @param category  family, as in VectorTA's catalogue
 * @param inputs    input series in call order: candle column names ({@code timestamp} for bar times); where
 *                  {@code sourceSelectable} is set the first (after a leading {@code timestamp}) is a price series
 *                  whose name is its default source
 * @param sourceSelectable whether that input may be any {@link Source} (hl2, hlc3, ...); the others are fixed
 *                  columns (MFI: a source, then volume; VWAP: timestamp, a source, volume)
 * @param params    parameters in positional order
 * @param outputs   output names in order ({@code values} for a single output)
 * @param outputTypes what each output holds, in output order
 * @param warmup    the warm-up rules in words: the index of the first non-NaN output (derived by the builder)
 * @param warmups   the warm-up rule of each output, in output order
 * @param notes     behaviour worth knowing, including deliberate differences from VectorTA
 * @param deviations where this indicator's output deliberately differs from VectorTA's on its reference data,
 *                  and why (the whole-series conformance test accepts differences only there)
 * @param lookahead null, or the parameter counting the later bars an output depends on (a local extremum is
 *                  confirmed by the bars after it): the single and batch calls see them, while the stream
 *                  gives bar t's values when bar t + lookahead arrives, so its output at bar t is the single
 *                  call's at bar t - lookahead (see {@link #lookahead(double[])})
 */
public record IndicatorSpec(String id, String name, Category category, List<String> inputs,
                            boolean sourceSelectable, List<ParamSpec> params, List<String> outputs,
                            List<OutputType> outputTypes, String warmup, List<Warmup> warmups, String notes,
                            List<Deviation> deviations, ParamSpec.Int lookahead) {

    public IndicatorSpec {
        Objects.requireNonNull(id);
        inputs = List.copyOf(inputs);
        params = List.copyOf(params);
        outputs = List.copyOf(outputs);
        outputTypes = List.copyOf(outputTypes);
        warmups = List.copyOf(warmups);
        deviations = List.copyOf(deviations);
        if (sourceSelectable && inputs.isEmpty()) {
            throw new IllegalArgumentException(id + ": a selectable source needs an input");
        }
        if (outputs.isEmpty() || outputTypes.size() != outputs.size() || warmups.size() != outputs.size()) {
            throw new IllegalArgumentException(id + ": one type and one warm-up rule per output " + outputs);
        }
        for (int i = 0; i < params.size(); i++) {
            params.get(i).bind(id, i);
        }
        if (lookahead != null && !params.contains(lookahead)) {
            throw new IllegalArgumentException(id + ": the lookahead '" + lookahead.name() + "' is not a parameter");
        }
    }

    /**
     * How many bars the stream's output lags the single call's for these (validated) parameters: 0, or the
     * lookahead parameter's value. The stream's output at bar t is the single call's at bar t - lookahead (NaN
     * for t below it), which is also the single call's on the bars up to t.
     */
    public int lookahead(double[] params) {
        return lookahead == null ? 0 : lookahead.of(params);
    }

    /** This descriptor with deliberate differences from VectorTA listed (see {@link Deviation}). */
    public IndicatorSpec deviating(Deviation... listed) {
        return new IndicatorSpec(id, name, category, inputs, sourceSelectable, params, outputs, outputTypes, warmup,
                warmups, notes, List.of(listed), lookahead);
    }

    /** Starts a descriptor: inputs, parameters, outputs with their types and warm-up rules, notes. */
    public static Builder builder(String id, String name, Category category) {
        return new Builder(id, name, category);
    }

    /** Declares a descriptor piece by piece; the warm-up text is derived from the rules. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final Category category;
        private final List<String> inputs = new ArrayList<>();
        private boolean sourceSelectable;
        private final List<ParamSpec> params = new ArrayList<>();
        private final List<String> outputs = new ArrayList<>();
        private final List<OutputType> types = new ArrayList<>();
        private final List<Warmup> warmups = new ArrayList<>();
        private String notes = "";
        private ParamSpec.Int lookahead;

        private Builder(String id, String name, Category category) {
            this.id = id;
            this.name = name;
            this.category = category;
        }

        /** A selectable price series, read from {@code defaultSource} unless the caller picks another. */
        public Builder source(String defaultSource) {
            if (!inputs.isEmpty() && !inputs.equals(List.of("timestamp"))) {
                throw new IllegalStateException(id + ": the selectable source is the first input (after a timestamp)");
            }
            inputs.add(defaultSource);
            sourceSelectable = true;
            return this;
        }

        /** Fixed candle columns ({@code high}, {@code volume}, {@code timestamp}, ...). */
        public Builder columns(String... columns) {
            inputs.addAll(List.of(columns));
            return this;
        }

        public Builder params(ParamSpec... declared) {
            params.addAll(List.of(declared));
            return this;
        }

        /** A real output whose first value comes {@code warmup} bars after {@code first}. */
        public Builder output(String output, Warmup warmup) {
            return output(output, OutputType.REAL, warmup);
        }

        public Builder output(String output, OutputType type, Warmup warmup) {
            outputs.add(output);
            types.add(type);
            warmups.add(warmup);
            return this;
        }

        /** Several real outputs sharing one warm-up rule. */
        public Builder outputs(Warmup warmup, String... names) {
            for (String o : names) {
                output(o, warmup);
            }
            return this;
        }

        /** Outputs depend on this many later bars (see {@link IndicatorSpec#lookahead()}). */
        public Builder lookahead(ParamSpec.Int bars) {
            lookahead = bars;
            return this;
        }

        public Builder notes(String text) {
            notes = text;
            return this;
        }

        public IndicatorSpec build() {
            boolean shared = warmups.stream().map(Warmup::text).distinct().count() == 1;
            StringBuilder text = new StringBuilder();
            for (int o = 0; o < outputs.size() && !shared; o++) {
                text.append(o == 0 ? "" : "; ").append(outputs.get(o)).append(": ").append(warmups.get(o).text());
            }
            return new IndicatorSpec(id, name, category, inputs, sourceSelectable, params, outputs, types,
                    shared ? warmups.get(0).text() : text.toString(), warmups, notes, List.of(), lookahead);
        }
    }

    public int paramIndex(String paramName) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equalsIgnoreCase(paramName)) {
                return i;
            }
        }
        return -1;
    }

    public ParamSpec param(String paramName) {
        int i = paramIndex(paramName);
        if (i < 0) {
            throw new IndicatorException(id, ErrorKind.INVALID_PARAMETER, "unknown parameter '" + paramName
                    + "' (valid: " + String.join(", ", params.stream().map(ParamSpec::name).toList()) + ")");
        }
        return params.get(i);
    }

    /** All defaults as a carried parameter vector. */
    public double[] defaults() {
        double[] d = new double[params.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = params.get(i).defaultValue();
        }
        return d;
    }

    /** Checks every value of a parameter vector against its range. */
    public void validate(double[] values) {
        if (values.length != params.size()) {
            throw new IndicatorException(id, ErrorKind.INVALID_PARAMETER, "expected " + params.size()
                    + " parameters (" + String.join(", ", params.stream().map(ParamSpec::name).toList())
                    + "), got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            params.get(i).validate(id, values[i]);
        }
    }

    /** The position of the selectable price input (0, or 1 after a leading timestamp); -1 where there is none. */
    public int sourceIndex() {
        return !sourceSelectable ? -1 : inputs.get(0).equals("timestamp") ? 1 : 0;
    }

    /**
     * Whether every input is a candle column or derived price (rsmk's comparison series is not: it is another
     * instrument's prices, which candles do not hold).
     */
    public boolean readsCandles() {
        return inputs.stream().allMatch(Source::names);
    }

    /** The candle series this indicator reads, with the source applied to its selectable input. */
    public double[][] select(Candles candles, Source source) {
        if (source != null && !sourceSelectable) {
            throw new IllegalArgumentException(id + " reads fixed columns " + inputs + " and takes no source");
        }
        double[][] series = new double[inputs.size()][];
        for (int i = 0; i < series.length; i++) {
            series[i] = candles.series(i == sourceIndex() && source != null ? source : Source.of(inputs.get(i)));
        }
        return series;
    }
}
