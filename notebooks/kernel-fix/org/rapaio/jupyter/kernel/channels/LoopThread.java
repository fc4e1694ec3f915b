package org.rapaio.jupyter.kernel.channels;

/**
 * Stands in for the rapaio kernel's own {@code LoopThread} (version 3.0.1, the one install.sh fetches), whose
 * channel loops could end for good before the kernel's first cell, so that the kernel never answered: its running
 * flag was set only after {@link Thread#start()} (a thread the scheduler ran first saw it still false and ended at
 * once), and a message that arrived before the kernel registered its handlers threw in the loop body and ended
 * the thread. Here the flag is set before the thread starts, and a message that fails is reported and the loop
 * goes on (the client repeats its first request until answered). install.sh puts this class ahead of the jar.
 */
public final class LoopThread extends Thread {
    private volatile boolean running;
    private final long sleepMillis;
    private final Runnable loopBody;

    public LoopThread(String name, long sleepMillis, Runnable loopBody) {
        super(name);
        this.sleepMillis = sleepMillis;
        this.loopBody = loopBody;
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                System.err.println(getName() + ": a message failed and was dropped: " + e);
            }
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                running = false;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        super.start();
    }

    public void shutdown() {
        running = false;
    }
}
