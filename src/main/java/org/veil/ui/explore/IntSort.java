package org.veil.ui.explore;

/** A stable merge sort of ints by a comparator, without boxing: the table sorts millions of nodes. */
final class IntSort {

    @FunctionalInterface
    interface IntComparator {
        int compare(int a, int b);
    }

    private IntSort() {
    }

    static void sort(int[] values, IntComparator order) {
        int[] buffer = new int[values.length];
        int[] from = values;
        int[] to = buffer;
        for (int width = 1; width < values.length; width *= 2) {
            for (int start = 0; start < values.length; start += 2 * width) {
                merge(from, to, start, Math.min(start + width, values.length),
                        Math.min(start + 2 * width, values.length), order);
            }
            int[] swap = from;
            from = to;
            to = swap;
        }
        if (from != values) {
            System.arraycopy(from, 0, values, 0, values.length);
        }
    }

    private static void merge(int[] from, int[] to, int start, int middle, int end, IntComparator order) {
        int left = start;
        int right = middle;
        for (int i = start; i < end; i++) {
            if (left < middle && (right >= end || order.compare(from[left], from[right]) <= 0)) {
                to[i] = from[left++];
            } else {
                to[i] = from[right++];
            }
        }
    }
}
