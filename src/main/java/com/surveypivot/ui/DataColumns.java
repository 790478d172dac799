package com.surveypivot.ui;

import java.util.function.IntFunction;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The Data tab's table columns, made cheap to scroll: a cell takes its text straight from the respondent's row index
 * (no value factory, no observable wrapper made per cell and per scroll step), leaves its text alone when it is
 * already right, and while its column is out of view (JavaFX keeps all of a row's cells on the scene) does not follow
 * its row at all: no new index, no restyling, no text, until the column comes into view ({@link ColumnWindow}).
 */
public final class DataColumns {
    /** Width of a column of choices, numbers or dates; free text gets {@link #WIDE}. */
    public static final double NARROW = 110;
    public static final double WIDE = 320;

    private DataColumns() {
    }

    /** The table's settings for fast scrolling: fixed row height (rows and columns virtualised), no resize policy. */
    public static void configure(TableView<Integer> table, double rowHeight) {
        table.setFixedCellSize(rowHeight);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getProperties().put(ColumnWindow.class, new ColumnWindow(table));
    }

    /** The row-number column ("#", one-based). */
    public static TableColumn<Integer, String> numbers(String header) {
        TableColumn<Integer, String> number = column(header, r -> Integer.toString(r + 1), 64);
        number.getStyleClass().add("row-number");
        return number;
    }

    /** A column whose cell for row index {@code r} (a respondent) shows {@code text.apply(r)}. */
    public static TableColumn<Integer, String> column(String header, IntFunction<String> text, double width) {
        TableColumn<Integer, String> tc = new TableColumn<>(header);
        tc.setCellFactory(c -> new RowTextCell(text));
        tc.setPrefWidth(width);
        tc.setSortable(false);
        tc.setReorderable(false);
        return tc;
    }

    /**
     * A cell that shows the text of its row's respondent. Out of view (see {@link ColumnWindow}) it keeps its index and
     * text when its row moves, and catches up when it comes into view.
     */
    private static final class RowTextCell extends TableCell<Integer, String> {
        private final IntFunction<String> text;
        /** The respondent whose text is shown (-1: none yet; -2: an empty row). */
        private int shown = -1;
        /** The row index to take when in view again (-1: none waiting). */
        private int pending = -1;
        private final Runnable catchUp = this::catchUp;
        private ColumnWindow window;

        RowTextCell(IntFunction<String> text) {
            this.text = text;
        }

        @Override
        public void updateIndex(int i) {
            ColumnWindow window = window();
            if (window != null && i >= 0 && getIndex() >= 0 && !window.shows(getTableColumn())) {
                if (pending < 0) {
                    window.whenInView(catchUp);
                }
                pending = i;
                return;
            }
            pending = -1;
            super.updateIndex(i);
            refresh();
        }

        private void catchUp() {
            if (pending < 0) {
                return;
            }
            ColumnWindow window = window();
            if (window != null && !window.shows(getTableColumn())) {
                window.whenInView(catchUp);
                return;
            }
            int i = pending;
            pending = -1;
            super.updateIndex(i);
            refresh();
        }

        private ColumnWindow window() {
            if (window == null) {
                TableView<Integer> table = getTableView();
                window = table == null ? null : (ColumnWindow) table.getProperties().get(ColumnWindow.class);
            }
            return window;
        }

        private void refresh() {
            Integer respondent = respondent();
            if (respondent == null) {
                if (shown != -2) {
                    shown = -2;
                    setText(null);
                }
                return;
            }
            if (respondent != shown) {
                shown = respondent;
                setText(text.apply(respondent));
            }
        }

        private Integer respondent() {
            int i = getIndex();
            TableView<Integer> table = getTableView();
            if (i < 0 || table == null || i >= table.getItems().size()) {
                return null;
            }
            return table.getItems().get(i);
        }
    }
}
