package com.surveypivot.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The crosstab as a grid, in the Japanese report layout (rows = Total and segments, columns = answers and n)
 * or transposed into the banner layout; see {@link GridTable}.
 */
public final class CrosstabGrid extends TableView<GridTable.Row> {
    /** Three lines of header text: long Japanese answers wrap instead of widening the grid. */
    private static final double HEADER_HEIGHT = 46;
    private GridTable table;

    public CrosstabGrid() {
        setId("crosstabGrid");
        getStyleClass().add("crosstab-grid");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getSelectionModel().setCellSelectionEnabled(true);
        setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(GridTable.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("total-row", "net-row");
                if (!empty && row != null && row.total()) {
                    getStyleClass().add("total-row");
                }
                if (!empty && row != null && row.net()) {
                    getStyleClass().add("net-row");
                }
            }
        });
    }

    /** Shows a table (null: empty). */
    public void show(GridTable newTable) {
        this.table = newTable;
        getColumns().clear();
        if (newTable == null) {
            getItems().clear();
            return;
        }
        TableColumn<GridTable.Row, String> labels = new TableColumn<>();
        labels.setGraphic(header(newTable.corner()));
        labels.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayLabel()));
        labels.getStyleClass().add("label-column");
        labels.setPrefWidth(150);
        labels.setSortable(false);
        getColumns().add(labels);
        List<String> headers = newTable.shownHeaders();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TableColumn<GridTable.Row, String> column = new TableColumn<>();
            column.setGraphic(header(headers.get(i)));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().cells().get(index)));
            column.setCellFactory(c -> new MarkedCell());
            column.getStyleClass().add("value-column");
            int longest = 0;
            for (GridTable.Row row : newTable.rows()) {
                longest = Math.max(longest, row.cells().get(index).length());
            }
            // room for the % with its arrow and letters
            column.setPrefWidth(Math.max(88, 7.5 * longest + 14));
            column.setSortable(false);
            getColumns().add(column);
        }
        getItems().setAll(newTable.rows());
    }

    /** What the grid shows now. */
    public GridTable table() {
        return table;
    }

    /** A value cell, coloured by its residual arrow (▲ above, ▼ below). */
    private static final class MarkedCell extends TableCell<GridTable.Row, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("cell-up", "cell-down");
            setText(empty ? null : item);
            if (!empty && item != null) {
                if (item.contains(GridTable.UP)) {
                    getStyleClass().add("cell-up");
                } else if (item.contains(GridTable.DOWN)) {
                    getStyleClass().add("cell-down");
                }
            }
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(HEADER_HEIGHT);
        label.setPrefHeight(HEADER_HEIGHT);
        label.setTooltip(new Tooltip(text));
        label.getStyleClass().add("grid-header");
        return label;
    }
}
