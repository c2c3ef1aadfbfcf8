package org.veil.ui.data;

import javafx.collections.ObservableListBase;

/**
 * The row numbers 0..n-1 as a list, without storing them: the table asks only for the rows it
 * shows, so a million rows cost no memory here.
 */
public final class RowIndexList extends ObservableListBase<Integer> {

    private final int size;

    public RowIndexList(int size) {
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
