package io.sparkta.kernels;

import io.sparkta.kernels.memory.DoubleMemory;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * An indicator: its descriptor plus the kernels behind the three APIs.
 *
 * <ul>
 *   <li><b>single</b>: {@link #compute(double[][], double[], Vectorization)} and its {@code into} form, one series
 *       and one parameter set;</li>
 *   <li><b>batch</b>: {@link #batch(double[][], ParamGrid, BatchOptions)} and {@link #batchInto}, a
 *       parameter grid written in place into one row-major {@code rows x points} matrix per output;</li>
 *   <li><b>stream</b>: {@link #stream(double...)}, one bar at a time.</li>
 * </ul>
 *
 * <p>Inputs are parallel arrays in the order of {@link IndicatorSpec#inputs()}; parameters a {@code double[]}
 * in the order of {@link IndicatorSpec#params()}. Validation and the NaN prefix are handled here once, from the
 * descriptor's warm-up rules; an implementation supplies the kernel for the positions after the prefix, and
 * data checks of its own where VectorTA's differ from the derived ones.
 *
 * <p>Leading NaNs: {@code first} is the first index where every input is non-NaN, and the output on input
 * with k leading NaNs is k NaNs followed by the output on the rest.
 */
public abstract class Indicator {
    private final IndicatorSpec spec;

    protected Indicator(IndicatorSpec spec) {
        this.spec = spec;
    }

    public final IndicatorSpec spec() {
        return spec;
    }

    public final String id() {
        return spec.id();
    }

    /** Whether a SIMD implementation exists (docs and logs; {@code SIMD} requests run scalar code otherwise). */
    public boolean hasSimd() {
        return false;
    }

    /**
     * Offset of the first non-NaN output from {@code first}, for valid parameters: the earliest of the
     * descriptor's warm-up rules.
     */
    public final int warmup(double[] params) {
        int earliest = Integer.MAX_VALUE;
        for (Warmup rule : spec.warmups()) {
            earliest = Math.min(earliest, rule.at(params));
        }
        return earliest;
    }

    /**
     * The warm-up of one output, for indicators whose outputs start at different bars (a trigger line after
     * its signal); at least {@link #warmup(double[])}, which is the common NaN prefix.
     */
    public final int warmup(double[] params, int output) {
        return spec.warmups().get(output).at(params);
    }

    /**
     * Data-dependent checks, run after the parameter ranges were checked: every window length (a period
     * parameter) must fit the data, and the valid values must reach the first output, as the descriptor's
     * warm-up rules place it.
     */
    protected void checkData(int n, int first, double[] params) {
        int longest = -1; // the longest window is the one a too-short series is reported against
        for (int i = 0; i < params.length; i++) {
            ParamSpec p = spec.params().get(i);
            if (p.type() == ParamType.INT && p.errorKind() == ErrorKind.INVALID_PERIOD
                    && (longest < 0 || params[i] > params[longest])) {
                longest = i;
            }
        }
        if (longest >= 0) {
            requirePeriod(spec.params().get(longest).name(), (int) params[longest], n);
        }
        requireValid(warmup(params) + 1, n, first);
    }

    /**
     * Writes {@code out[o][offset + t]} for every output o and every t from {@code first + warmup(params)}
     * to {@code n - 1}; the NaN prefix is already written. {@code vectorization} is SCALAR or SIMD. The default hands
     * the arrays to the {@link DoubleMemory} kernel, for indicators written over memory.
     */
    protected void computeSeries(double[][] in, int first, double[] params, Vectorization vectorization, double[][] out,
                                 int offset) {
        int n = in[0].length;
        DoubleMemory[] inputs = new DoubleMemory[in.length], outputs = new DoubleMemory[out.length];
        for (int i = 0; i < in.length; i++) {
            inputs[i] = DoubleMemory.of(in[i], 0, 0, n);
        }
        for (int o = 0; o < out.length; o++) {
            outputs[o] = DoubleMemory.of(out[o], offset, 0, n);
        }
        computeSeries(inputs, n, first, params, vectorization, outputs);
    }

    /**
     * The kernel over {@link DoubleMemory}, so that one kernel runs on arrays and in place on off-heap buffers:
     * reads {@code in[i].get(t)} for t in [first, n) and writes {@code out[o].put(t, ...)} for the same t as
     * the array kernel. Indicators that have one say so in {@link #computesInPlace}.
     */
    protected void computeSeries(DoubleMemory[] in, int n, int first, double[] params, Vectorization vectorization,
                                 DoubleMemory[] out) {
        throw new UnsupportedOperationException(spec.id() + " has no kernel over memory");
    }

    /**
     * Computes rows {@code from..to-1} of a batch into the output matrices (row r starts at
     * {@code offset + r * stride}); the NaN prefixes are already written. The default runs {@link #computeSeries}
     * row by row; SIMD implementations override it to run several rows at once, one per vector lane.
     */
    protected void computeRows(double[][] in, int first, double[][] combos, int from, int to,
                               Vectorization vectorization,
                              double[][] out, int offset, int stride) {
        for (int r = from; r < to; r++) {
            computeSeries(in, first, combos[r], vectorization, out, offset + r * stride);
        }
    }

    /** Rows per batch chunk are rounded to this many, so parallel chunks keep whole lane groups. */
    protected int rowAlignment() {
        return 8;
    }

    /**
     * Checks parameters and data as a call on {@code n} values whose first valid one is at {@code first}
     * would, for composites that run this indicator inside their own kernel.
     */
    public final void validate(int n, int first, double[] params) {
        spec.validate(params);
        checkData(n, first, params);
    }

    /** Creates a stream for one parameter set (validated). */
    public final IndicatorStream stream(double... params) {
        spec.validate(params);
        return newStream(params);
    }

    protected abstract IndicatorStream newStream(double[] params);

    // ---------------------------------------------------------------- single

    public final double[][] compute(double[][] inputs, double[] params, Vectorization vectorization) {
        int n = inputLength(inputs);
        double[][] out = new double[spec.outputs().size()][n];
        computeInto(inputs, params, vectorization, out);
        return out;
    }

    /** Single-input, single-output shortcut: {@code alma.values(close, 9, 0.85, 6.0)}. */
    public final double[] values(double[] series, double... params) {
        requireShape(1, 1);
        return compute(new double[][] {series}, params, Vectorization.AUTO)[0];
    }

    /** Computes into caller-supplied outputs, each exactly as long as the inputs. */
    public final void computeInto(double[][] inputs, double[] params, Vectorization vectorization, double[][] outputs) {
        int n = inputLength(inputs);
        for (int o = 0; o < outputs.length; o++) {
            if (outputs[o].length != n) {
                throw IndicatorException.lengthMismatch(spec.id(), "output '" + spec.outputs().get(o) + "'",
                        n, outputs[o].length);
            }
        }
        computeInto(inputs, params, vectorization, outputs, 0);
    }

    /**
     * Computes into caller-supplied outputs at {@code offset}: output o, position t goes to
     * {@code outputs[o][offset + t]} (a binding can so write straight into a buffer that has a header).
     */
    public final void computeInto(double[][] inputs, double[] params, Vectorization vectorization, double[][] outputs,
                                  int offset) {
        int n = inputLength(inputs);
        if (outputs.length != spec.outputs().size()) {
            throw new IllegalArgumentException(spec.id() + ": expected " + spec.outputs().size()
                    + " output arrays " + spec.outputs() + ", got " + outputs.length);
        }
        for (int o = 0; o < outputs.length; o++) {
            if (offset < 0 || outputs[o].length - offset < n) {
                throw IndicatorException.lengthMismatch(spec.id(), "output '" + spec.outputs().get(o) + "'",
                        n, outputs[o].length - offset);
            }
        }
        int first = prepare(inputs, n, params);
        computeRow(inputs, first, params, vectorization.resolve(), outputs, offset);
    }

    /**
     * For composite indicators (bands over a moving average, ...): computes one row whose inputs and
     * parameters the caller has already validated, NaN prefix included. {@code vectorization} must be resolved.
     */
    public final void computeRow(double[][] in, int first, double[] params, Vectorization vectorization, double[][] out,
                                 int offset) {
        fillPrefix(out, offset, offset + Math.min(in[0].length, first + warmup(params)));
        computeSeries(in, first, params, vectorization, out, offset);
    }

    /**
     * {@link #computeRow(double[][], int, double[], Vectorization, double[][], int)} over memory, for composites whose
     * own kernel runs in place; only for parameters where {@link #computesInPlace} holds.
     */
    public final void computeRow(DoubleMemory[] in, int n, int first, double[] params, Vectorization vectorization,
                                 DoubleMemory[] out) {
        int warm = Math.min(n, first + warmup(params));
        for (DoubleMemory o : out) {
            for (int t = 0; t < warm; t++) {
                o.put(t, Double.NaN);
            }
        }
        computeSeries(in, n, first, params, vectorization, out);
    }

    // ---------------------------------------------------------------- batch

    /** Expands the grid, allocates the matrices and computes every row. */
    public final BatchResult batch(double[][] inputs, ParamGrid grid, BatchOptions options) {
        int n = inputLength(inputs);
        double[][] combos = grid.combos();
        long cells = (long) combos.length * n;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IndicatorException(spec.id(), ErrorKind.INVALID_RANGE, combos.length + " combos x " + n
                    + " points exceed one Java array; split the grid or the series");
        }
        double[][] out = new double[spec.outputs().size()][(int) cells];
        batchInto(inputs, combos, options, out);
        return new BatchResult(spec, combos, combos.length, n, out);
    }

    /**
     * Computes every combo into pre-allocated row-major matrices (one per output, each at least
     * {@code combos.length * n} long). Every combo is validated before any row is computed.
     */
    public final void batchInto(double[][] inputs, double[][] combos, BatchOptions options, double[][] out) {
        batchInto(inputs, combos, options, out, 0, inputLength(inputs));
    }

    /**
     * As {@link #batchInto(double[][], double[][], BatchOptions, double[][])}, with row r of every output
     * starting at {@code offset + r * stride} ({@code stride >= n}), so that a binding can keep a header in
     * front of each row and hand rows on without copying them.
     */
    public final void batchInto(double[][] inputs, double[][] combos, BatchOptions options, double[][] out,
                                int offset, int stride) {
        int n = inputLength(inputs);
        if (out.length != spec.outputs().size()) {
            throw new IllegalArgumentException(spec.id() + ": expected " + spec.outputs().size()
                    + " output matrices, got " + out.length);
        }
        if (stride < n || offset < 0) {
            throw new IllegalArgumentException(spec.id() + ": row stride " + stride + " is below the length " + n);
        }
        long needed = combos.length == 0 ? 0 : offset + (long) (combos.length - 1) * stride + n;
        for (double[] m : out) {
            if (m.length < needed) {
                throw IndicatorException.lengthMismatch(spec.id(), "output matrix", (int) Math.min(needed,
                        Integer.MAX_VALUE), m.length);
            }
        }
        int first = -1;
        for (double[] combo : combos) {
            first = prepare(inputs, n, combo);
        }
        if (combos.length == 0) {
            return;
        }
        for (int r = 0; r < combos.length; r++) {
            int row = offset + r * stride;
            fillPrefix(out, row, row + Math.min(n, first + warmup(combos[r])));
        }
        Vectorization k = options.vectorization().resolve();
        int f = first;
        inParallel(combos.length, options, (lo, hi) -> computeRows(inputs, f, combos, lo, hi, k, out, offset, stride));
    }

    /** Runs {@code rows} rows in chunks of whole lane groups on the shared pool, or inline for one chunk. */
    final void inParallel(int rows, BatchOptions options, BatchPool.RowTask task) {
        BatchPool.run(spec.id(), rows, rowAlignment(), options.parallelism(), task);
    }

    // ---------------------------------------------------------------- off-heap

    /**
     * Whether the {@link DoubleMemory} kernel serves these parameters, so that off-heap buffers are read and
     * written in place. Kernels written over arrays only are served by one bulk copy of each input in and of
     * each output out.
     */
    public boolean computesInPlace(double[] params) {
        return false;
    }

    /**
     * Whether an off-heap batch whose combos all have an in-place kernel runs it row by row; false where the
     * array batch kernel is faster even with the copies (several rows per SIMD lane group).
     */
    protected boolean batchesInPlace(Vectorization resolved) {
        return true;
    }

    /**
     * Off-heap single: every input and output holds {@code n} little-endian doubles from byte 0 (the layout of
     * an Arrow Float8 data buffer), direct or heap. Direct buffers take the {@link DoubleMemory} path (in place
     * where the kernel is written over memory); heap buffers, and direct ones the other kernels read, are
     * copied once into arrays the thread reuses, and each output back once.
     */
    public final void computeInto(ByteBuffer[] inputs, int n, double[] params, Vectorization vectorization,
                                  ByteBuffer[] outputs) {
        OffHeapCalls.single(this, inputs, n, params, vectorization, outputs);
    }

    /**
     * One parameter set over memories (see {@link DoubleMemory}): inputs at [0, n), outputs written at [0, n),
     * NaN prefix included, checked as the other single calls are. In place where the kernel is written over
     * memory; otherwise each input is copied once into an array the thread reuses, and each output back once.
     */
    public final void computeInto(DoubleMemory[] inputs, int n, double[] params, Vectorization vectorization,
                                  DoubleMemory[] outputs) {
        if (inputs.length != spec.inputs().size() || outputs.length != spec.outputs().size()) {
            throw new IllegalArgumentException(spec.id() + ": expected " + spec.inputs().size() + " inputs and "
                    + spec.outputs().size() + " outputs, got " + inputs.length + " and " + outputs.length);
        }
        int first = prepare(n, firstValid(inputs.length, n, (i, t) -> inputs[i].get(t)), params);
        Vectorization k = vectorization.resolve();
        if (computesInPlace(params)) {
            computeRow(inputs, n, first, params, k, outputs);
            return;
        }
        double[][] scratch = ScratchArrays.take(inputs.length + outputs.length, n);
        double[][] arrays = Arrays.copyOf(scratch, inputs.length);
        double[][] results = Arrays.copyOfRange(scratch, inputs.length, inputs.length + outputs.length);
        for (int i = 0; i < inputs.length; i++) {
            inputs[i].copyTo(0, arrays[i], 0, n);
        }
        computeRow(arrays, first, params, k, results, 0);
        for (int o = 0; o < outputs.length; o++) {
            outputs[o].copyFrom(results[o], 0, n);
        }
    }

    /** Input i's value at t, however the inputs are held. */
    @FunctionalInterface
    interface ValueAt {
        double get(int input, int t);
    }

    /** The first index where every one of {@code inputs} inputs is non-NaN, or -1 (n == 0 included). */
    static int firstValid(int inputs, int n, ValueAt value) {
        outer:
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < inputs; i++) {
                if (Double.isNaN(value.get(i, t))) {
                    continue outer;
                }
            }
            return t;
        }
        return -1;
    }

    /**
     * Off-heap batch: output o holds the {@code combos.length x n} row-major matrix, row r from double index
     * {@code r * n}. In place for kernels that have it; otherwise the inputs are copied once and rows are
     * computed a lane group at a time into a small array, then copied out.
     */
    public final void batchInto(ByteBuffer[] inputs, int n, double[][] combos, BatchOptions options,
                                ByteBuffer[] outputs) {
        OffHeapCalls.batch(this, inputs, n, combos, options, outputs);
    }

    // ---------------------------------------------------------------- checks

    /** Validates inputs and parameters in VectorTA's order and returns {@code first}. */
    private int prepare(double[][] inputs, int n, double[] params) {
        return prepare(n, firstValid(inputs.length, n, (i, t) -> inputs[i][t]), params);
    }

    /** As {@link #prepare(double[][], int, double[])}, given the first valid index (-1 when none). */
    final int prepare(int n, int first, double[] params) {
        if (n == 0) {
            throw IndicatorException.emptyInput(spec.id());
        }
        if (first < 0) {
            throw IndicatorException.allValuesNaN(spec.id());
        }
        validate(n, first, params);
        return first;
    }

    private int inputLength(double[][] inputs) {
        if (inputs.length != spec.inputs().size()) {
            throw new IllegalArgumentException(spec.id() + ": expected " + spec.inputs().size() + " input series "
                    + spec.inputs() + ", got " + inputs.length);
        }
        int n = inputs[0].length;
        for (int i = 1; i < inputs.length; i++) {
            if (inputs[i].length != n) {
                throw IndicatorException.lengthMismatch(spec.id(), "input '" + spec.inputs().get(i) + "'",
                        n, inputs[i].length);
            }
        }
        return n;
    }

    private void requireShape(int inputs, int outputs) {
        if (spec.inputs().size() != inputs || spec.outputs().size() != outputs) {
            throw new UnsupportedOperationException(spec.id() + " has inputs " + spec.inputs() + " and outputs "
                    + spec.outputs() + "; use compute(double[][], double[], Vectorization)");
        }
    }

    /** Fails with INVALID_PERIOD unless {@code value <= n}, the data length. */
    protected final void requirePeriod(String param, int value, int n) {
        requirePeriod(param, value, n, n);
    }

    /** Fails with INVALID_PERIOD unless {@code value <= max}, for data length {@code n}. */
    protected final void requirePeriod(String param, int value, int max, int n) {
        if (value > max) {
            throw new IndicatorException(spec.id(), ErrorKind.INVALID_PERIOD, "invalid " + param + " = " + value
                    + " for data length " + n + " (valid: " + (long) spec.param(param).min() + ".." + max + ")");
        }
    }

    /**
     * The checks of a window that needs its own length of valid values whatever its warm-up (VectorTA's rule
     * for averages that output before or after their window is full): the window fits the data, and as many
     * values follow the first valid one.
     */
    protected final void requireWindow(ParamSpec.Int window, double[] params, int n, int first) {
        int length = window.of(params);
        requirePeriod(window.name(), length, n);
        requireValid(length, n, first);
    }

    /** Fails with INVALID_PARAMETER unless {@code larger} is above {@code smaller} (a long window over a short one). */
    protected final void requireAbove(ParamSpec.Int smaller, ParamSpec.Int larger, double[] params) {
        if (larger.of(params) <= smaller.of(params)) {
            throw new IndicatorException(spec.id(), ErrorKind.INVALID_PARAMETER, "invalid " + larger.name() + " = "
                    + larger.of(params) + " for " + smaller.name() + " " + smaller.of(params) + " (valid: above "
                    + smaller.name() + ")");
        }
    }

    /** Fails with NOT_ENOUGH_VALID_DATA when fewer than {@code needed} values follow the first valid one. */
    protected final void requireValid(int needed, int n, int first) {
        int valid = n - first;
        if (valid < needed) {
            throw new IndicatorException(spec.id(), ErrorKind.NOT_ENOUGH_VALID_DATA, "not enough valid data: needed "
                    + needed + ", valid " + valid + " (first non-NaN at index " + first + ")");
        }
    }

    static void fillPrefix(double[][] out, int from, int to) {
        for (double[] o : out) {
            Arrays.fill(o, from, to, Double.NaN);
        }
    }

    @Override
    public String toString() {
        return spec.id();
    }
}
