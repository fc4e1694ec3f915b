package io.sparkta.cli;

import io.sparkta.arrow.ArrowIndicators;
import io.sparkta.arrow.ArrowIpc;
import io.sparkta.arrow.ArrowPrices;
import io.sparkta.kernels.Candles;
import io.sparkta.kernels.IndicatorSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
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

    /**
     * One column per output, named after it, as one record batch: float64 for real outputs (NaN where there is no
     * value), int32 and bool for integer and boolean ones (null where there is none).
     */
    static void write(IndicatorSpec spec, double[][] values, Path file) throws IOException {
        try (BufferAllocator allocator = new RootAllocator()) {
            List<FieldVector> columns = new ArrayList<>();
            for (int o = 0; o < spec.outputs().size(); o++) {
                FieldVector v = ArrowIndicators.vector(spec.outputs().get(o), spec.outputTypes().get(o), allocator);
                columns.add(v);
                int n = values[o].length;
                v.setInitialCapacity(n);
                v.allocateNew();
                for (int t = 0; t < n; t++) {
                    double x = values[o][t];
                    if (v instanceof Float8Vector f) {
                        f.set(t, x);
                    } else if (v instanceof IntVector i) {
                        if (Double.isNaN(x)) {
                            i.setNull(t);
                        } else {
                            i.set(t, (int) x);
                        }
                    } else if (Double.isNaN(x)) {
                        ((BitVector) v).setNull(t);
                    } else {
                        ((BitVector) v).set(t, x != 0 ? 1 : 0);
                    }
                }
                v.setValueCount(n);
            }
            try (VectorSchemaRoot root = new VectorSchemaRoot(columns)) {
                ArrowIpc.write(root, file);
            }
        }
    }
}
