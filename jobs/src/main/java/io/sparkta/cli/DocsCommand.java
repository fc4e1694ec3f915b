package io.sparkta.cli;

import io.sparkta.kernels.IndicatorTable;
import io.sparkta.kernels.Indicators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sparkta docs [--output FILE.md]}: writes the indicator table generated from the descriptors. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "The indicator table (docs/indicators.md), generated from the descriptors.")
final class DocsCommand implements Callable<Integer> {
    @ParentCommand
    Sparkta root;

    @Option(names = "--output", defaultValue = "-", paramLabel = "FILE.md", description = "The file, or - (default).")
    String output;

    @Option(names = "--overwrite", description = "Replace an existing file.")
    boolean overwrite;

    @Override
    public Integer call() throws IOException {
        OutputFiles.check(output, List.of(), overwrite);
        String table = IndicatorTable.markdown(Indicators.all());
        if (output.equals("-")) {
            root.out.print(table);
        } else {
            Files.writeString(Path.of(output), table, StandardCharsets.UTF_8);
            root.err.println("sparkta docs: wrote " + output);
        }
        return 0;
    }
}
