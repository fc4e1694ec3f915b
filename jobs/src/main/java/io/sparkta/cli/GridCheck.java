package io.sparkta.cli;

import io.sparkta.kernels.IndicatorSpec;
import io.sparkta.kernels.ParamGrid;
import io.sparkta.kernels.ParamSpec;
import io.sparkta.kernels.ParamType;
import java.util.HashSet;
import java.util.Set;

/**
 * The command line's stricter reading of a grid. {@link ParamGrid} expands ranges as VectorTA does, where a step
 * of 0, or one beyond the range, silently gives the start alone; here they are refused, as are a parameter named
 * twice and a list naming a value twice (a duplicate combo).
 */
final class GridCheck {
    private GridCheck() {
    }

    /** Checks {@code grid} and returns it parsed. */
    static ParamGrid parse(IndicatorSpec spec, String grid) {
        Set<String> named = new HashSet<>();
        for (String part : grid.split(",")) {
            int eq = part.indexOf('=');
            String name = (eq < 0 ? part : part.substring(0, eq)).trim();
            if (name.isEmpty()) {
                continue; // ParamGrid names the malformed entry
            }
            ParamSpec p = spec.param(name);
            if (!named.add(p.name())) {
                throw new Sparkta.UsageException("grid " + grid + ": " + p.name() + " is given more than once");
            }
            if (eq >= 0) {
                value(spec, p, part.substring(eq + 1).trim());
            }
        }
        return ParamGrid.parse(spec, grid);
    }

    private static void value(IndicatorSpec spec, ParamSpec p, String value) {
        String[] range = value.split(":");
        if (range.length == 3 && p.type() != ParamType.CHOICE) {
            double start, end, step;
            try {
                start = Double.parseDouble(range[0].trim());
                end = Double.parseDouble(range[1].trim());
                step = Double.parseDouble(range[2].trim());
            } catch (NumberFormatException e) {
                return; // ParamGrid names the bad number
            }
            String entry = p.name() + "=" + value;
            if (step == 0 && start != end) {
                throw new Sparkta.UsageException("grid " + entry + ": the step is 0; give a step other than 0 "
                        + "(or " + p.name() + "=" + range[0].trim() + " for one value)");
            }
            if (Math.abs(step) > Math.abs(end - start) && start != end) {
                throw new Sparkta.UsageException("grid " + entry + ": the step " + range[2].trim() + " is beyond the "
                        + "range " + range[0].trim() + ".." + range[1].trim() + " and would give one value; give a "
                        + "smaller step (or " + p.name() + "=" + range[0].trim() + " for one value)");
            }
        } else if (range.length == 1 && value.contains(";")) {
            Set<Double> seen = new HashSet<>();
            for (String item : value.split(";")) {
                if (!seen.add(p.parse(spec.id(), item))) {
                    throw new Sparkta.UsageException("grid " + p.name() + "=" + value + ": " + item.trim()
                            + " is listed more than once (a duplicate combo)");
                }
            }
        }
    }
}
