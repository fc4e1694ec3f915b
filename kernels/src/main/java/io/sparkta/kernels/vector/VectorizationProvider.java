package io.sparkta.kernels.vector;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Decides once per JVM whether the Vector API kernels can run, and loads them by class name.
 *
 * <p>As in Lucene's vectorization provider, no class outside {@code io.sparkta.kernels.simd} refers to a
 * {@code jdk.incubator.vector} type, and those classes are only loaded after the checks below pass, so a JVM
 * started without {@code --add-modules=jdk.incubator.vector} can never hit a linkage error: it computes
 * with the scalar kernels and says so in one log line. {@code -Dsparkta.kernel=scalar} forces scalar.
 */
public final class VectorizationProvider {
    /** The package that holds every Vector API implementation; nothing else may touch the module. */
    public static final String SIMD_PACKAGE = "io.sparkta.kernels.simd";
    private static final System.Logger LOG = System.getLogger(VectorizationProvider.class.getName());

    private VectorizationProvider() {
    }

    /** True when SIMD kernels are usable in this JVM. */
    public static boolean simdAvailable() {
        return Holder.REASON == null;
    }

    /** Why SIMD is unavailable, or a description of the SIMD set-up when it is available. */
    public static String reason() {
        return Holder.REASON == null ? Holder.DESCRIPTION : Holder.REASON;
    }

    /**
     * Loads {@code io.sparkta.kernels.simd.<simpleName>} and returns a new instance as {@code type}, or
     * {@code null} when SIMD is unavailable. A missing class is a packaging bug and fails loudly.
     */
    public static <T> T load(Class<T> type, String simpleName) {
        if (!simdAvailable()) {
            return null;
        }
        return instantiate(type, SIMD_PACKAGE + "." + simpleName);
    }

    /**
     * Loads {@code io.sparkta.kernels.simd.<simpleName>}, a SIMD implementation that loads vectors from
     * off-heap memory through JDK 22's {@code MemorySegment}, or returns {@code null} where it cannot run: SIMD
     * unavailable, a JDK before 22, or a kernels jar built without a JDK 22+ compiler (the class is then
     * absent, and the array kernels stage off-heap data instead).
     */
    public static <T> T loadForSegments(Class<T> type, String simpleName) {
        if (!segmentsAvailable()) {
            return null;
        }
        return instantiate(type, SIMD_PACKAGE + "." + simpleName);
    }

    /** True when SIMD kernels may load vectors from off-heap memory directly (see {@link #loadForSegments}). */
    public static boolean segmentsAvailable() {
        return Holder.SEGMENTS;
    }

    private static <T> T instantiate(Class<T> type, String className) {
        try {
            Class<?> impl = Class.forName(className, true, VectorizationProvider.class.getClassLoader());
            Object instance = MethodHandles.publicLookup()
                    .findConstructor(impl, MethodType.methodType(void.class)).invoke();
            return type.cast(instance);
        } catch (ClassNotFoundException e) {
            throw new LinkageError("SIMD implementation " + className + " is missing from the kernels jar", e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new LinkageError("cannot instantiate " + className, e);
        }
    }

    /** Lazily resolved so that the checks run on first use, never during class initialisation of callers. */
    private static final class Holder {
        static final String REASON;
        static final String DESCRIPTION;
        static final boolean SEGMENTS;

        static {
            String reason = null;
            String description = null;
            String forced = System.getProperty("sparkta.kernel", "auto").trim();
            if (forced.equalsIgnoreCase("scalar")) {
                reason = "forced by -Dsparkta.kernel=scalar";
            } else if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                reason = "module jdk.incubator.vector is not in the boot layer"
                        + " (start the JVM with --add-modules=jdk.incubator.vector)";
            } else {
                try {
                    Probe probe = instantiate(Probe.class, SIMD_PACKAGE + ".VectorProbe");
                    int lanes = probe.doubleLanes();
                    if (lanes < 2) {
                        reason = "the preferred vector holds " + lanes + " double (need at least 2)";
                    } else {
                        description = "Vector API with " + lanes + " double lanes (" + lanes * 64 + "-bit)";
                    }
                } catch (LinkageError | RuntimeException e) {
                    reason = "Vector API probe failed: " + e;
                }
            }
            REASON = reason;
            // The JDK 22+ classes are compiled only where the build found a JDK 22+ compiler; one tells for all.
            SEGMENTS = reason == null && Runtime.version().feature() >= 22
                    && VectorizationProvider.class.getResource("/" + SIMD_PACKAGE.replace('.', '/')
                            + "/SegmentWeightedWindow.class") != null;
            if (reason == null) {
                description += SEGMENTS ? ", off-heap data loaded directly (JDK 22+)"
                        : ", off-heap data staged through arrays (needs JDK 22+ and kernels built with it)";
            }
            DESCRIPTION = description;
            if (reason == null) {
                LOG.log(System.Logger.Level.INFO, "Sparkta kernels: SIMD enabled, " + description);
            } else {
                LOG.log(System.Logger.Level.INFO, "Sparkta kernels: scalar, because " + reason);
            }
        }
    }

    /** Implemented by {@code simd.VectorProbe}: tells the preferred width without exposing vector types. */
    public interface Probe {
        int doubleLanes();
    }
}
