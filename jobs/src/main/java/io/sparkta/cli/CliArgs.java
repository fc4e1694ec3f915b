package io.sparkta.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsed command-line arguments: positionals, {@code --flag}s and repeatable {@code --name value} options. */
final class CliArgs {
    private final List<String> positionals = new ArrayList<>();
    private final Map<String, List<String>> options = new LinkedHashMap<>();

    static CliArgs parse(String[] args) {
        CliArgs a = new CliArgs();
        for (int i = 0; i < args.length; i++) {
            String s = args[i];
            if (s.startsWith("--") && s.length() > 2) {
                String name = s.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq > 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                }
                a.options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                a.positionals.add(s);
            }
        }
        return a;
    }

    List<String> positionals() {
        return positionals;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    /** The single value of an option, or {@code null}; a repeated or value-less option is an error. */
    String option(String name) {
        List<String> v = options.get(name);
        if (v == null) {
            return null;
        }
        if (v.size() > 1 || v.get(0) == null) {
            throw new Sparkta.UsageException("--" + name + " takes exactly one value");
        }
        return v.get(0);
    }

    String required(String name) {
        String v = option(name);
        if (v == null) {
            throw new Sparkta.UsageException("missing --" + name);
        }
        return v;
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    /** Fails on options the command does not know, so that typos are never silently ignored. */
    void allowOnly(String... names) {
        for (String o : options.keySet()) {
            if (!List.of(names).contains(o)) {
                throw new Sparkta.UsageException("unknown option --" + o + " (valid: --" + String.join(", --", names) + ")");
            }
        }
    }
}
