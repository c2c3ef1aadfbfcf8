package org.veil.engine.classes;

import java.util.Arrays;

/**
 * Assigns consecutive ids to distinct vectors of {@code dims} ints: an open-addressing hash table
 * whose keys live in one flat array, so grouping millions of records allocates nothing per record.
 */
final class CodeVectorIndex {

    private int dims;
    private int[] vectors;
    private int[] slots;
    private int mask;
    private int size;
    /** When the vectors fit one long (mixed radix), their keys: compared instead of whole vectors. */
    private long[] radix;
    private long[] keys;

    CodeVectorIndex(int dims, int expected) {
        this.dims = dims;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        this.vectors = new int[Math.max(16, expected) * dims];
    }

    /**
     * Empties the index for reuse with up to {@code expected} vectors, keeping its arrays when they
     * are large enough: rolling up thousands of tables then allocates almost nothing.
     */
    void reset(int dimensions, int expected, long[] keyRadix) {
        dims = dimensions;
        radix = keyRadix;
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        if (slots.length < capacity || slots.length > 4 * capacity) {
            slots = new int[capacity];
        } else {
            capacity = slots.length;
            Arrays.fill(slots, 0);
        }
        mask = capacity - 1;
        if (vectors.length < expected * dims) {
            vectors = new int[Math.max(16, expected) * dims];
        }
        if (radix != null && (keys == null || keys.length < slots.length)) {
            keys = new long[slots.length];
        }
        size = 0;
    }

    /**
     * The mixed-radix place values for vectors whose component d is below {@code sizes[d]}, or
     * {@code null} if their product does not fit a long.
     */
    static long[] radixFor(int[] sizes) {
        long[] radix = new long[sizes.length];
        long place = 1;
        for (int d = 0; d < sizes.length; d++) {
            radix[d] = place;
            if (place > (Long.MAX_VALUE >> 2) / Math.max(1, sizes[d])) {
                return null;
            }
            place *= Math.max(1, sizes[d]);
        }
        return radix;
    }

    int size() {
        return size;
    }

    /** The id of the vector {@code source[offset .. offset+dims-1]}, added if new. */
    int idOf(int[] source, int offset) {
        if (radix != null) {
            return idOfKey(source, offset);
        }
        int slot = hash(source, offset) & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                return add(source, offset, slot);
            }
            if (sameVector(entry - 1, source, offset)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int idOfKey(int[] source, int offset) {
        long key = 0;
        for (int d = 0; d < dims; d++) {
            key += source[offset + d] * radix[d];
        }
        int slot = mix(key) & mask;
        while (true) {
            int entry = slots[slot];
            if (entry == 0) {
                keys[slot] = key;
                return add(source, offset, slot);
            }
            if (keys[slot] == key) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private int add(int[] source, int offset, int slot) {
        int id = size++;
        if ((id + 1) * dims > vectors.length) {
            vectors = Arrays.copyOf(vectors, Math.max(vectors.length * 2, (id + 1) * dims));
        }
        System.arraycopy(source, offset, vectors, id * dims, dims);
        slots[slot] = id + 1;
        if (size * 2 > slots.length) {
            grow();
        }
        return id;
    }

    private boolean sameVector(int id, int[] source, int offset) {
        int base = id * dims;
        for (int d = 0; d < dims; d++) {
            if (vectors[base + d] != source[offset + d]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        slots = new int[slots.length * 2];
        mask = slots.length - 1;
        if (radix != null) {
            keys = new long[slots.length];
            for (int old = 0; old < oldSlots.length; old++) {
                if (oldSlots[old] != 0) {
                    int slot = mix(oldKeys[old]) & mask;
                    while (slots[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    slots[slot] = oldSlots[old];
                    keys[slot] = oldKeys[old];
                }
            }
            return;
        }
        for (int id = 0; id < size; id++) {
            int slot = hash(vectors, id * dims) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = id + 1;
        }
    }

    private int hash(int[] source, int offset) {
        int h = 0x9E3779B9;
        for (int d = 0; d < dims; d++) {
            h = (h ^ source[offset + d]) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }

    /** The distinct vectors in id order, trimmed. */
    int[] vectors() {
        return Arrays.copyOf(vectors, size * dims);
    }
}
