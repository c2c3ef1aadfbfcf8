package org.veil.ui.explore;

import org.veil.engine.lattice.Lattice;

/**
 * Where each transformation sits in the lattice drawing: one row per height (the sum of its
 * levels), height 0 at the bottom, each row centred on x = 0, ordered by {@link RowOrder} so that
 * related transformations sit together. Positions are in layout units (one between neighbours in a row) and depend only on the lattice,
 * so they are the same for every redraw, zoom and run. Computed once per solution space.
 */
public final class LatticeLayout {

    /**
     * The widest row that is drawn. A transformation needs at least one pixel column to show its
     * colour; the lattice pane of a 1920-pixel-wide window is about 1,600 pixels wide, so a wider
     * row cannot give each transformation even one pixel at the overview zoom, and the drawing
     * would blend states into colours that mean nothing. Adult's widest row has 970 (of 6,480).
     */
    public static final int MAX_DRAWN_ROW = 1_600;

    private final Lattice lattice;
    private final int[][] rows;
    private final int[] slots;
    private final int[] heights;
    private final int widest;

    private LatticeLayout(Lattice lattice, int[][] rows, int[] slots, int[] heights) {
        this.lattice = lattice;
        this.rows = rows;
        this.slots = slots;
        this.heights = heights;
        int max = 0;
        for (int[] row : rows) {
            max = Math.max(max, row.length);
        }
        this.widest = max;
    }

    /** Lays out a lattice; check {@link #isDrawable} first, this holds every node in memory. */
    public static LatticeLayout of(Lattice lattice) {
        long[] sizes = rowSizes(lattice);
        int[][] rows = new int[sizes.length][];
        for (int h = 0; h < sizes.length; h++) {
            rows[h] = new int[Math.toIntExact(sizes[h])];
        }
        int[] filled = new int[sizes.length];
        int[] slots = new int[lattice.size()];
        int[] heights = new int[lattice.size()];
        int[] levels = new int[lattice.dimensions()];
        for (int node = 0; node < lattice.size(); node++) {
            int h = lattice.height(lattice.levels(node, levels));
            heights[node] = h;
            slots[node] = filled[h];
            rows[h][filled[h]++] = node;
        }
        new RowOrder(lattice, rows, slots, heights).apply();
        return new LatticeLayout(lattice, rows, slots, heights);
    }

    /** The number of transformations at each height, counted without enumerating them. */
    public static long[] rowSizes(Lattice lattice) {
        long[] sizes = {1};
        for (int d = 0; d < lattice.dimensions(); d++) {
            long[] next = new long[sizes.length + lattice.height(d)];
            for (int h = 0; h < sizes.length; h++) {
                for (int level = 0; level <= lattice.height(d); level++) {
                    next[h + level] += sizes[h];
                }
            }
            sizes = next;
        }
        return sizes;
    }

    /** Whether the lattice is drawn, or too wide to draw legibly (see {@link #MAX_DRAWN_ROW}). */
    public static boolean isDrawable(Lattice lattice) {
        return widestRow(lattice) <= MAX_DRAWN_ROW;
    }

    public static long widestRow(Lattice lattice) {
        long widest = 0;
        for (long size : rowSizes(lattice)) {
            widest = Math.max(widest, size);
        }
        return widest;
    }

    public Lattice lattice() {
        return lattice;
    }

    /** Number of rows: the lattice's greatest height plus one. */
    public int rowCount() {
        return rows.length;
    }

    public int rowSize(int height) {
        return rows[height].length;
    }

    public int widest() {
        return widest;
    }

    /** The transformation at a position of a row. */
    public int nodeAt(int height, int slot) {
        return rows[height][slot];
    }

    public int height(int node) {
        return heights[node];
    }

    /** The position of a transformation within its row, 0 at the left. */
    public int slot(int node) {
        return slots[node];
    }

    /** The horizontal position in layout units, rows centred on 0. */
    public double x(int node) {
        return slots[node] - (rows[heights[node]].length - 1) / 2.0;
    }
}
