package io.sparkta.kernels;

import java.util.List;
import java.util.Objects;

/**
 * The descriptor of one indicator: the single source from which the CLI, the SQL functions, sweeps, the
 * documentation table and the conformance tests are derived.
 *
 * @param id        VectorTA's id, e.g. {@code alma}
 * @param name      human-readable name
 * @param category  family, as in VectorTA's catalogue
 * @param inputs    input series in call order: candle column names; a single-series indicator has one
 *                  input whose name is its default source and {@code sourceSelectable} set
 * @param sourceSelectable whether the single input may be any {@link Source} (hl2, hlc3, ...)
 * @param params    parameters in positional order
 * @param outputs   output names in order ({@code values} for a single output)
 * @param warmup    the warm-up rule in words: the index of the first non-NaN output
 * @param notes     behaviour worth knowing, including deliberate differences from VectorTA
 * @param deviations where this indicator's output deliberately differs from VectorTA's on its reference data,
 *                  and why (the whole-series conformance test accepts differences only there)
 */
public record IndicatorSpec(String id, String name, Category category, List<String> inputs,
                            boolean sourceSelectable, List<ParamSpec> params, List<String> outputs,
                            String warmup, String notes, List<Deviation> deviations) {

    public IndicatorSpec {
        Objects.requireNonNull(id);
        inputs = List.copyOf(inputs);
        params = List.copyOf(params);
        outputs = List.copyOf(outputs);
        deviations = List.copyOf(deviations);
        if (sourceSelectable && inputs.size() != 1) {
            throw new IllegalArgumentException(id + ": only single-input indicators take a source");
        }
    }

    /** A single-series indicator whose input defaults to {@code close}. */
    public static IndicatorSpec onSource(String id, String name, Category category, List<ParamSpec> params,
                                         List<String> outputs, String warmup, String notes) {
        return new IndicatorSpec(id, name, category, List.of("close"), true, params, outputs, warmup, notes,
                List.of());
    }

    /** An indicator reading fixed candle columns (for example high, low, close). */
    public static IndicatorSpec onColumns(String id, String name, Category category, List<String> columns,
                                          List<ParamSpec> params, List<String> outputs, String warmup,
                                          String notes) {
        return new IndicatorSpec(id, name, category, columns, false, params, outputs, warmup, notes, List.of());
    }

    /** This descriptor with deliberate differences from VectorTA listed (see {@link Deviation}). */
    public IndicatorSpec deviating(Deviation... listed) {
        return new IndicatorSpec(id, name, category, inputs, sourceSelectable, params, outputs, warmup, notes,
                List.of(listed));
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

    /** The candle series this indicator reads, with the source applied to a single-input indicator. */
    public double[][] select(Candles candles, Source source) {
        if (sourceSelectable) {
            return new double[][] {candles.series(source == null ? Source.of(inputs.get(0)) : source)};
        }
        if (source != null) {
            throw new IllegalArgumentException(id + " reads fixed columns " + inputs + " and takes no source");
        }
        double[][] series = new double[inputs.size()][];
        for (int i = 0; i < series.length; i++) {
            series[i] = candles.series(Source.of(inputs.get(i)));
        }
        return series;
    }
}
