package io.sparkta.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Spark standalone cluster from the Maven jars: a Master and Workers, each in a JVM of its own on loopback
 * with ephemeral ports, whose executors have Spark's classes only (none of Sparkta's). Closing it ends every
 * JVM it started, executors included.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final long START_SECONDS = 180;
    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private String url;

    private StandaloneCluster(Path dir) {
        this.dir = dir;
    }

    /** Spark and its dependencies from this JVM's class path, without Sparkta's own modules. */
    static String sparkOnlyClasspath() {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(full.split(File.pathSeparator))
                .filter(e -> !e.contains("/target/classes") && !e.contains("/target/test-classes")
                        && !new File(e).getName().startsWith("sparkta-"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** Starts a Master and {@code workers} Workers of one core and 1 GiB each; returns once all registered. */
    static StandaloneCluster start(Path dir, int workers) throws IOException, InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(Files.createDirectories(dir));
        try {
            Process master = cluster.launch("master", List.of("-Dspark.master.rest.enabled=false",
                    "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "0",
                    "--webui-port", "0"));
            Matcher m = cluster.awaitLog(master, "master", MASTER_URL);
            cluster.url = m.group(1);
            for (int w = 0; w < workers; w++) {
                Path workDir = Files.createDirectories(dir.resolve("worker-" + w));
                cluster.workers.add(cluster.launch("worker-" + w, List.of("org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "1",
                        "--memory", "1g", "--work-dir", workDir.toString(), cluster.url)));
            }
            for (int w = 0; w < workers; w++) {
                cluster.awaitLog(cluster.workers.get(w), "worker-" + w,
                        Pattern.compile("Successfully registered with master"));
            }
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    String url() {
        return url;
    }

    /** The executor JVM with this executor id, among the children of this cluster's workers. */
    Optional<ProcessHandle> executor(String executorId) {
        return workers.stream().flatMap(Process::descendants)
                .filter(p -> commandLine(p).contains("CoarseGrainedExecutorBackend\0")
                        && commandLine(p).contains("\0--executor-id\0" + executorId + "\0"))
                .findFirst();
    }

    /** Reads /proc/PID/cmdline (arguments separated by NUL): ProcessHandle.Info gives up on long class paths. */
    private static String commandLine(ProcessHandle p) {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(p.pid()), "cmdline"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private Process launch(String name, List<String> mainAndArgs) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(Arrays.asList(System.getProperty("sparkta.spark.flags").split(" ")));
        cmd.addAll(List.of("-Xmx256m", "-cp", sparkOnlyClasspath()));
        cmd.addAll(mainAndArgs);
        Path sparkHome = Path.of(System.getProperty("sparkta.spark.home"));
        Files.createDirectories(sparkHome.resolve("jars"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        // Executors start with SPARK_HOME/jars plus SPARK_DIST_CLASSPATH: Spark's jars, never Sparkta's.
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_DIST_CLASSPATH", sparkOnlyClasspath());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    /** Waits for a line matching {@code pattern} in a JVM's log; fails with the log's end if it died or stalled. */
    private Matcher awaitLog(Process p, String name, Pattern pattern) throws IOException, InterruptedException {
        Path log = dir.resolve(name + ".log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (System.nanoTime() < deadline && p.isAlive()) {
            Matcher m = pattern.matcher(Files.readString(log));
            if (m.find()) {
                return m;
            }
            Thread.sleep(200);
        }
        String text = Files.readString(log);
        throw new IllegalStateException("standalone " + name + (p.isAlive() ? " did not log '" + pattern
                + "' within " + START_SECONDS + " s" : " exited with " + p.exitValue()) + ":\n"
                + text.substring(Math.max(0, text.length() - 3000)));
    }

    /** Kills the executors, then the workers and the master, and waits until every one has exited. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>();
        for (Process p : processes) {
            p.descendants().forEach(all::add);
            all.add(p.toHandle());
        }
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle h : all) {
            h.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> h).join();
        }
    }
}
