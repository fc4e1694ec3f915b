package io.sparkta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

class ExecutorJarsTest {
    /** The class files of every jar, whether it came from a built jar or from a class folder packed on the fly. */
    private static Set<String> entries(List<String> jars) throws IOException {
        Set<String> names = new HashSet<>();
        for (String jar : jars) {
            try (JarFile f = new JarFile(jar)) {
                f.stream().forEach(e -> names.add(e.getName()));
            }
        }
        return names;
    }

    @Test
    void theShippedJarsHoldTheClassesOfEveryModuleThatRunsInTasks() throws IOException {
        List<String> jars = ExecutorJars.jars();
        assertEquals(jars.size(), Set.copyOf(jars).size(), "a jar shipped twice: " + jars);
        Set<String> names = entries(jars);
        for (String cls : new String[] {"io/sparkta/cli/JobData.class", "io/sparkta/spark/SweepGenerator.class",
            "io/sparkta/kernels/Indicators.class", "io/sparkta/arrow/ArrowIpc.class"}) {
            assertTrue(names.contains(cls), cls + " is in none of " + jars);
        }
        assertTrue(names.stream().noneMatch(n -> n.startsWith("org/apache/spark/")), "Spark's classes shipped");
    }
}
