package io.sparkta.cli;

import io.sparkta.arrow.ArrowIpc;
import io.sparkta.kernels.Indicator;
import io.sparkta.spark.Sweep;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Ships Sparkta's own jars to the executors of a cluster, as spark-submit ships an application jar: executors
 * started by a standalone worker have Spark's classes only, and without ours they cannot even deserialize a
 * task's lambdas.
 */
final class ExecutorJars {
    /** One class from each of Sparkta's modules whose code runs in tasks. */
    private static final List<Class<?>> MODULES = List.of(Sparkta.class, Sweep.class, Indicator.class,
            ArrowIpc.class);

    private ExecutorJars() {
    }

    /**
     * Sets {@code spark.jars} to the jars holding Sparkta's classes when the master runs executors in JVMs of
     * their own (every master but {@code local} and {@code local[...]}), unless spark-submit has set it already.
     */
    static void ship(SparkSession.Builder builder, String master) {
        boolean inProcess = master.equals("local") || master.startsWith("local[");
        if (inProcess || System.getProperty("spark.jars") != null) {
            return;
        }
        builder.config("spark.jars", String.join(",", jars()));
    }

    /** The jars (or, for classes compiled into a folder, a jar made of that folder) of Sparkta's modules. */
    static List<String> jars() {
        Set<Path> locations = new LinkedHashSet<>();
        for (Class<?> module : MODULES) {
            try {
                locations.add(Path.of(module.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate the classes of " + module.getName(), e);
            }
        }
        return locations.stream().map(p -> Files.isDirectory(p) ? jarOf(p) : p).map(Path::toString).toList();
    }

    /** A temporary jar of the class folder {@code dir} (as an IDE or {@code mvn test} runs the modules). */
    private static Path jarOf(Path dir) {
        try {
            Path jar = Files.createTempFile("sparkta-classes-", ".jar");
            jar.toFile().deleteOnExit();
            try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                 Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    out.putNextEntry(new JarEntry(dir.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack " + dir + " into a jar for the executors", e);
        }
    }
}
