package org.rapaio.jupyter.kernel.channels;

/**
 * Stands in for the rapaio kernel's own {@code LoopThread} (version 3.0.1, the one install.sh fetches), which sets
 * its running flag only after {@link Thread#start()}: a loop thread that the scheduler runs first sees the flag
 * still false and ends at once, and its channel never answers, so the kernel hangs before its first cell. The same
 * API, with the flag set before the thread starts; install.sh puts this class ahead of the kernel's jar.
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
            loopBody.run();
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
