package io.sparkta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What this machine can hold: the JVM's heap and the free disk space where an output goes. */
final class Capacity {
    private Capacity() {
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** The most bars of {@code bytesPerBar} that fit in half the heap (the rest for the JVM and the results). */
    static long maxBars(long bytesPerBar) {
        return maxHeap() / 2 / bytesPerBar;
    }

    /** The usable space on the file system that holds {@code path} (or its nearest existing parent folder). */
    static long freeDisk(Path path) {
        Path p = path.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        try {
            return p == null ? Long.MAX_VALUE : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // unknown: no disk-based limit rather than a wrong one
        }
    }

    /** A byte count for people: 512 B, 3.2 MB, 1.5 GB (powers of 1000). */
    static String bytes(double n) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB"};
        int u = 0;
        while (n >= 1000 && u < units.length - 1) {
            n /= 1000;
            u++;
        }
        return u == 0 ? String.format(Locale.ROOT, "%.0f B", n) : String.format(Locale.ROOT, "%.1f %s", n, units[u]);
    }
}
