package com.surveypivot.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Which of a wide table's columns are in view (with a margin), for {@link DataColumns}' cells. JavaFX 21 keeps every
 * column's cell of a row on the scene (its column culling compares against the row's full width, which in a
 * horizontally scrolled table is the width of all columns), and moving a row to another index re-indexes, re-styles
 * and re-texts all 150 of them. A cell out of view therefore keeps its old index and text and is brought up to date
 * when it comes into view: on a sideways scroll, a resize or a change of the columns.
 */
final class ColumnWindow {
    /** Columns this far beyond the visible edges count as in view (a quick sideways scroll finds them ready). */
    private static final double MARGIN = 240;
    private final TableView<Integer> table;
    private final Set<Runnable> waiting = new LinkedHashSet<>();
    private final InvalidationListener changed = o -> changed();
    private ScrollBar hbar;
    private double[] starts = new double[0];
    private boolean dirty = true;

    ColumnWindow(TableView<Integer> table) {
        this.table = table;
        table.widthProperty().addListener(changed);
        table.getColumns().addListener((ListChangeListener<TableColumn<Integer, ?>>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(col -> col.widthProperty().addListener(changed));
                c.getRemoved().forEach(col -> col.widthProperty().removeListener(changed));
            }
            changed();
        });
        table.getColumns().forEach(col -> col.widthProperty().addListener(changed));
    }

    /** Whether the column is in view (or near it); true when that cannot be told yet. */
    boolean shows(TableColumn<Integer, ?> column) {
        ScrollBar bar = hbar();
        if (bar == null || column == null) {
            return true;
        }
        if (dirty) {
            measure();
        }
        int i = table.getVisibleLeafIndex(column);
        if (i < 0 || i + 1 >= starts.length) {
            return true;
        }
        double left = bar.getValue() - MARGIN;
        double right = bar.getValue() + table.getWidth() + MARGIN;
        return starts[i + 1] > left && starts[i] < right;
    }

    /** Runs {@code update} when the columns in view change (once; a cell asks again if it is still out of view). */
    void whenInView(Runnable update) {
        waiting.add(update);
    }

    private ScrollBar hbar() {
        if (hbar == null) {
            for (Node node : table.lookupAll(".scroll-bar")) {
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                    hbar = bar;
                    bar.valueProperty().addListener(o -> changed());
                }
            }
        }
        return hbar;
    }

    private void measure() {
        List<TableColumn<Integer, ?>> leaves = table.getVisibleLeafColumns();
        starts = new double[leaves.size() + 1];
        for (int i = 0; i < leaves.size(); i++) {
            starts[i + 1] = starts[i] + leaves.get(i).getWidth();
        }
        dirty = false;
    }

    private void changed() {
        dirty = true;
        if (waiting.isEmpty()) {
            return;
        }
        List<Runnable> due = new ArrayList<>(waiting);
        waiting.clear();
        due.forEach(Runnable::run);
    }
}
