package io.sparkta.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhasesTest {
    @Test
    void phasesAreListedInTheOrderTheyEnded() {
        Phases phases = new Phases();
        phases.end("session start");
        phases.end("input");
        phases.end("plan");
        phases.endComputeAndWrite(0, 2);
        assertTrue(phases.toString().matches("session start \\S+ s, input \\S+ s, plan \\S+ s, compute 0\\.00+ s, "
                + "write \\S+ s"), phases.toString());
    }

    @Test
    void computeIsTheKernelTimeOverTheCoresAndNeverMoreThanTheJob() throws InterruptedException {
        Phases phases = new Phases();
        Thread.sleep(20);
        phases.endComputeAndWrite(Long.MAX_VALUE, 4);
        assertTrue(phases.seconds("compute") >= 0.02, phases.toString());
        assertEquals(0, phases.seconds("write"));

        Phases split = new Phases();
        Thread.sleep(50);
        split.endComputeAndWrite(40_000_000L, 4);
        assertEquals(0.01, split.seconds("compute"), 1e-12);
        assertTrue(split.seconds("write") >= 0.04, split.toString());
    }

    @Test
    void aPhaseThatEndsTwiceAddsUp() throws InterruptedException {
        Phases phases = new Phases();
        Thread.sleep(10);
        phases.end("input");
        double first = phases.seconds("input");
        Thread.sleep(10);
        phases.end("input");
        assertTrue(phases.seconds("input") >= first + 0.01, phases.toString());
        assertEquals(0, phases.seconds("plan"));
    }
}
