package org.veil.ui.explore;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The transformations the table shows, as a list over an int array: no boxed copy of millions of
 * node numbers. Replacing the content fires one change.
 */
final class NodeList extends ObservableListBase<Integer> {

    private int[] nodes = new int[0];

    void setAll(int[] newNodes) {
        int[] old = nodes;
        nodes = newNodes;
        beginChange();
        if (old.length > 0) {
            nextRemove(0, view(old));
        }
        if (newNodes.length > 0) {
            nextAdd(0, newNodes.length);
        }
        endChange();
    }

    private static List<Integer> view(int[] values) {
        return new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return values[index];
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public Integer get(int index) {
        return nodes[index];
    }

    /** The node at a row, without boxing. */
    int node(int index) {
        return nodes[index];
    }

    @Override
    public int size() {
        return nodes.length;
    }
}
