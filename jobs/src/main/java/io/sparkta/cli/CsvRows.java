package io.sparkta.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;

/** Spark rows as CSV: arrays and structs as JSON-like lists in one field, doubles shortest round-trip. */
final class CsvRows {
    private CsvRows() {
    }

    static void write(String[] header, Iterator<Row> rows, Writer w) throws IOException {
        CSVPrinter printer = CsvOutput.printer(w);
        printer.printRecord((Object[]) header);
        String[] record = new String[header.length];
        while (rows.hasNext()) {
            Row r = rows.next();
            for (int i = 0; i < r.length(); i++) {
                record[i] = value(r.get(i));
            }
            printer.printRecord((Object[]) record);
        }
        printer.flush();
    }

    private static String value(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return ShortestDouble.format(d);
        }
        if (v instanceof scala.collection.Seq<?> seq) {
            StringBuilder b = new StringBuilder("[");
            scala.collection.Iterator<?> it = seq.iterator();
            while (it.hasNext()) {
                b.append(value(it.next()));
                if (it.hasNext()) {
                    b.append(',');
                }
            }
            return b.append(']').toString();
        }
        if (v instanceof Row row) {
            StringBuilder b = new StringBuilder("{");
            for (int i = 0; i < row.length(); i++) {
                b.append(i == 0 ? "" : ",").append(row.schema().fieldNames()[i]).append(':').append(value(row.get(i)));
            }
            return b.append('}').toString();
        }
        return v.toString();
    }
}
