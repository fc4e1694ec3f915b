package io.sparkta.bench;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import io.sparkta.kernels.Candles;

/**
 * TA-Lib's Java port computing the same thing as one Sparkta indicator at its default parameters, for
 * {@link VersusTaLibBench}. Each family of indicators registers its calls in a class of its own.
 */
@FunctionalInterface
interface TaLibCall {
    /**
     * Runs over the whole of {@code candles}, writing real outputs into {@code out} (three arrays, as many as
     * TA-Lib's functions have) and the candlestick patterns' integer codes into {@code codes}.
     */
    void run(Core core, Candles candles, MInteger begin, MInteger count, double[][] out, int[] codes);
}
