package io.sparkta.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a command's CSV to a file (creating its folder) or, for "-", to standard output. */
final class CsvOutput {
    /** RFC 4180 fields (quoted where needed), one record per line ending in a bare newline. */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    interface Body {
        void write(Writer w) throws IOException;
    }

    private CsvOutput() {
    }

    /** A printer onto {@code w} in {@link #FORMAT}; the caller flushes it (closing would close {@code w}). */
    static CSVPrinter printer(Writer w) throws IOException {
        return new CSVPrinter(w, FORMAT);
    }

    /** Returns true when a file was written (so the caller can say where), false for standard output. */
    static boolean write(String output, PrintStream out, Body body) throws IOException {
        if (output.equals("-")) {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.write(w);
            w.flush();
            return false;
        }
        Path path = Path.of(output).toAbsolutePath();
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            body.write(w);
        }
        return true;
    }
}
