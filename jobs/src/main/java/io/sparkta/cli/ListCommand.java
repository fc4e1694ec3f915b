package io.sparkta.cli;

import io.sparkta.kernels.Indicator;
import io.sparkta.kernels.Indicators;
import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.OutputType;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.ParamType;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sparkta list [--json]}: the catalogue, derived from the descriptors. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "The indicator catalogue: ids, inputs, parameters (default, range), outputs and their types.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    Sparkta root;

    @Option(names = "--json", description = "As JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintStream out = root.out;
        if (json) {
            out.println(json(Indicators.all()));
        } else {
            for (Indicator ind : Indicators.all()) {
                IndicatorSpec s = ind.spec();
                List<String> outputs = new java.util.ArrayList<>();
                for (int o = 0; o < s.outputs().size(); o++) {
                    OutputType t = s.outputTypes().get(o);
                    outputs.add(s.outputs().get(o) + (t == OutputType.REAL ? "" : ":" + t.name().toLowerCase(
                            java.util.Locale.ROOT)));
                }
                List<String> inputs = new java.util.ArrayList<>(s.inputs());
                if (s.sourceSelectable()) {
                    inputs.set(0, "source=" + inputs.get(0));
                }
                out.printf("%-18s %-32s inputs=%s params=%s outputs=%s%n", s.id(), s.name(), inputs,
                        s.params().stream().map(p -> p.name() + "=" + p.format(p.defaultValue()))
                                .collect(Collectors.joining(",")), outputs);
            }
            out.println(Indicators.coverageLine(Indicators.VECTORTA_INDICATORS));
        }
        return 0;
    }

    static String json(List<Indicator> indicators) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < indicators.size(); i++) {
            Indicator ind = indicators.get(i);
            IndicatorSpec s = ind.spec();
            b.append(i == 0 ? "\n  {" : ",\n  {")
                    .append("\"id\": ").append(str(s.id()))
                    .append(", \"name\": ").append(str(s.name()))
                    .append(", \"category\": ").append(str(s.category().label()))
                    .append(", \"inputs\": ").append(strings(s.inputs()))
                    .append(", \"source_selectable\": ").append(s.sourceSelectable())
                    .append(", \"params\": [");
            for (int j = 0; j < s.params().size(); j++) {
                b.append(j == 0 ? "" : ", ").append(param(s.params().get(j)));
            }
            b.append("], \"outputs\": ").append(strings(s.outputs()))
                    .append(", \"output_types\": ").append(strings(s.outputTypes().stream()
                            .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList()))
                    .append(", \"warmup\": ").append(str(s.warmup()))
                    .append(", \"simd\": ").append(ind.hasSimd())
                    .append('}');
        }
        return b.append("\n]").toString();
    }

    private static String param(ParamSpec p) {
        StringBuilder b = new StringBuilder("{\"name\": ").append(str(p.name()))
                .append(", \"type\": ").append(str(p.type().jsonName()));
        if (p.type() == ParamType.CHOICE) {
            b.append(", \"default\": ").append(str(p.format(p.defaultValue())))
                    .append(", \"choices\": ").append(strings(p.choices()));
        } else {
            b.append(", \"default\": ").append(num(p, p.defaultValue()))
                    .append(", \"min\": ").append(num(p, p.min()))
                    .append(", \"max\": ").append(num(p, p.max()));
            if (p.minExclusive()) {
                b.append(", \"min_exclusive\": true");
            }
        }
        return b.append('}').toString();
    }

    /** A bound as JSON: unbounded is {@code null}, integers without a fraction. */
    private static String num(ParamSpec p, double v) {
        if (Double.isInfinite(v) || (p.type() == ParamType.INT && v >= Integer.MAX_VALUE)) {
            return "null";
        }
        return p.type() == ParamType.INT ? Long.toString((long) v) : Double.toString(v);
    }

    private static String strings(List<String> values) {
        return values.stream().map(ListCommand::str).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
