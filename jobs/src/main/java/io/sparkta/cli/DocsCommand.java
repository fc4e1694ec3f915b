package io.sparkta.cli;

import io.sparkta.kernels.IndicatorTable;
import io.sparkta.kernels.Indicators;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code sparkta docs [--output FILE.md]}: writes the indicator table generated from the descriptors. */
final class DocsCommand implements Sparkta.Command {
    @Override
    public int run(CliArgs args, PrintStream out, PrintStream err) throws IOException {
        args.allowOnly("output");
        String table = IndicatorTable.markdown(Indicators.all());
        String output = args.option("output");
        if (output == null || output.equals("-")) {
            out.print(table);
        } else {
            Files.writeString(Path.of(output), table, StandardCharsets.UTF_8);
            err.println("sparkta docs: wrote " + output);
        }
        return 0;
    }
}
