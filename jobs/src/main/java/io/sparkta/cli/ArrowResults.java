package io.sparkta.cli;

import io.sparkta.arrow.ArrowIpc;
import io.sparkta.arrow.ArrowPrices;
import io.sparkta.kernels.Candles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VectorSchemaRoot;

/** The command line's Arrow files that need no Spark: one series in, indicator columns out. */
final class ArrowResults {
    private ArrowResults() {
    }

    /** The one series of a price file (long or per-series layout); a file of several series is an error. */
    static Candles oneSeries(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Sparkta.UsageException("input file not found: " + file);
        }
        Map<String, Candles> series;
        try {
            series = ArrowPrices.read(file);
        } catch (IllegalArgumentException e) {
            throw new Sparkta.UsageException(e.getMessage());
        }
        if (series.size() != 1) {
            throw new Sparkta.UsageException(file + " holds " + series.size() + " series " + series.keySet()
                    + "; compute takes one (use sweep or sql for many)");
        }
        return series.values().iterator().next();
    }

    /** One float64 column per output, named after it, as one record batch. */
    static void write(List<String> names, double[][] values, Path file) throws IOException {
        try (BufferAllocator allocator = new RootAllocator()) {
            List<FieldVector> columns = new ArrayList<>();
            for (int o = 0; o < names.size(); o++) {
                Float8Vector v = new Float8Vector(names.get(o), allocator);
                v.allocateNew(values[o].length);
                for (int t = 0; t < values[o].length; t++) {
                    v.set(t, values[o][t]);
                }
                v.setValueCount(values[o].length);
                columns.add(v);
            }
            try (VectorSchemaRoot root = new VectorSchemaRoot(columns)) {
                ArrowIpc.write(root, file);
            }
        }
    }
}
