package io.sparkta.bench;

import io.sparkta.kernels.Candles;

/** The series every benchmark uses: a seeded synthetic OHLCV random walk. */
final class BenchData {
    static final int POINTS = 1_000_000;
    static final int SWEEP_POINTS = 100_000;
    static final long SEED = 7;

    private BenchData() {
    }

    static Candles candles(int points) {
        return Candles.randomWalk(points, SEED);
    }
}
