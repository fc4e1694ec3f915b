package io.sparkta.spark;

/** Sorts row indices by a long key without boxing: already-sorted input costs one pass. */
final class PrimitiveSort {
    private static final int INSERTION = 24;

    private PrimitiveSort() {
    }

    /** The indices 0..n-1 ordered by {@code keys}, ties in unspecified order; {@code keys} is reordered too. */
    static int[] order(long[] keys, int n) {
        int[] idx = new int[n];
        boolean sorted = true;
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            if (i > 0 && keys[i] < keys[i - 1]) {
                sorted = false;
            }
        }
        if (!sorted) {
            sort(keys, idx, 0, n - 1);
        }
        return idx;
    }

    private static void sort(long[] k, int[] v, int lo, int hi) {
        while (hi - lo > INSERTION) {
            int mid = (lo + hi) >>> 1;
            // median of three as pivot
            if (k[mid] < k[lo]) {
                swap(k, v, mid, lo);
            }
            if (k[hi] < k[lo]) {
                swap(k, v, hi, lo);
            }
            if (k[hi] < k[mid]) {
                swap(k, v, hi, mid);
            }
            long pivot = k[mid];
            int i = lo, j = hi;
            while (i <= j) {
                while (k[i] < pivot) {
                    i++;
                }
                while (k[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(k, v, i++, j--);
                }
            }
            // recurse into the smaller side, loop on the larger (bounded stack)
            if (j - lo < hi - i) {
                sort(k, v, lo, j);
                lo = i;
            } else {
                sort(k, v, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            long key = k[i];
            int val = v[i];
            int j = i - 1;
            while (j >= lo && k[j] > key) {
                k[j + 1] = k[j];
                v[j + 1] = v[j];
                j--;
            }
            k[j + 1] = key;
            v[j + 1] = val;
        }
    }

    private static void swap(long[] k, int[] v, int a, int b) {
        long tk = k[a];
        k[a] = k[b];
        k[b] = tk;
        int tv = v[a];
        v[a] = v[b];
        v[b] = tv;
    }
}
