package io.sparkta.cli;

import io.sparkta.arrow.ArrowIpc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The rules every command follows before it writes: nothing that exists is replaced without {@code --overwrite}
 * (an empty folder counts as free), an input is never replaced, and a Spark output's format follows its
 * extension.
 */
final class OutputFiles {
    /** The formats a Spark job writes. */
    enum Format { PARQUET, CSV, ARROW }

    private OutputFiles() {
    }

    /**
     * Refuses an output that is, holds or lies inside one of the inputs (even with {@code --overwrite}), and one
     * that exists, unless {@code overwrite}. Standard output ({@code -}) is always free.
     */
    static void check(String output, List<String> inputs, boolean overwrite) {
        if (output.equals("-")) {
            return;
        }
        Path out = real(Path.of(output));
        for (String input : inputs) {
            Path in = real(Path.of(input));
            if (in.startsWith(out) || out.startsWith(in)) {
                throw new Sparkta.UsageException("--output " + output + " would replace the input " + input
                        + "; write somewhere else");
            }
        }
        if (!overwrite && Files.exists(out) && !emptyFolder(out)) {
            throw new Sparkta.UsageException("--output " + output + " already exists"
                    + (Files.isDirectory(out) ? " and holds files" : "") + "; give --overwrite to replace it");
        }
    }

    /**
     * The format of a Spark job's output: {@code --format} where given, else the extension's (.csv, .parquet,
     * an Arrow extension; a path without extension is a Parquet folder). An extension that names no format, or
     * names another than {@code --format}, is refused.
     */
    static Format format(String output, Format given) {
        Format named = byExtension(output);
        if (given != null && named != null && given != named) {
            throw new Sparkta.UsageException("--format " + name(given) + " contradicts the extension of --output "
                    + output + " (" + name(named) + ")");
        }
        return given != null ? given : named != null ? named : Format.PARQUET;
    }

    /** The format an output's extension names; null for a path without one. */
    private static Format byExtension(String output) {
        String file = Path.of(output).getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = file.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        if (ArrowIpc.isArrow(file)) {
            return Format.ARROW;
        }
        return switch (file.substring(dot)) {
            case ".csv" -> Format.CSV;
            case ".parquet" -> Format.PARQUET;
            default -> throw new Sparkta.UsageException("--output " + output + ": the extension " + file.substring(dot)
                    + " names no format; use .parquet, .csv, .arrow, .feather, .ipc, .arrows or a folder without "
                    + "extension (Parquet, or --format)");
        };
    }

    static String name(Format f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    /** The real path where it exists (links resolved), else the normalized absolute path. */
    private static Path real(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean emptyFolder(Path p) {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(p)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
