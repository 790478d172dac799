package com.surveypivot.ui;

import com.surveypivot.export.TableClipboard;
import com.surveypivot.export.TextTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The crosstab as a grid, in the Japanese report layout (rows = Total and segments, columns = answers and n)
 * or transposed into the banner layout; see {@link GridTable}. The row labels stay in view while the values scroll
 * sideways. Headers wrap to their full text (the header grows
 * to the tallest one); columns can be resized; a click on a value column's header sorts the rows by it (the
 * Total row stays on top and the base rows at the bottom; a third click restores the table's order). Cells can be
 * selected in ranges (Shift, Ctrl); Ctrl+C and the context menu copy the selection or the whole table as
 * tab-separated text and HTML (see {@link GridCopy}). A double click on a cell (or the context menu) shows the
 * respondents behind it.
 */
public final class CrosstabGrid extends TableView<GridTable.Row> {
    /** At least three lines of header text: long Japanese answers wrap instead of widening the grid. */
    private static final double HEADER_HEIGHT = 46;
    private static final double MAX_HEADER_HEIGHT = 120;
    private GridTable table;
    private String title = "";
    private DeskText text;
    private Consumer<ClipboardContent> clipboard = content -> Clipboard.getSystemClipboard().setContent(content);
    private BiConsumer<GridTable.Row, Integer> showRespondents = (row, cell) -> { };
    private final List<Label> headerLabels = new ArrayList<>();
    private final DoubleProperty scrollX = new SimpleDoubleProperty();
    private TableColumn<GridTable.Row, String> labelColumn;

    public CrosstabGrid() {
        setId("crosstabGrid");
        getStyleClass().add("crosstab-grid");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getSelectionModel().setCellSelectionEnabled(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setRowFactory(v -> new TableRow<>() {
            @Override
            protected void updateItem(GridTable.Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("total-row", "net-row", "base-row");
                if (!empty && row != null && row.total()) {
                    getStyleClass().add("total-row");
                }
                if (!empty && row != null && row.net()) {
                    getStyleClass().add("net-row");
                }
                if (!empty && row != null && row.base()) {
                    getStyleClass().add("base-row");
                }
            }
        });
        setSortPolicy(t -> {
            sortRows();
            return true;
        });
        KeyCombination copy = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (copy.match(e)) {
                copySelection();
                e.consume();
            }
        });
    }

    /** Gives the grid its translated context menu. */
    void setText(DeskText deskText) {
        this.text = deskText;
        MenuItem copySelection = new MenuItem();
        copySelection.setId("gridCopy");
        copySelection.textProperty().bind(deskText.bind("desk.grid.copy"));
        copySelection.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copySelection.setOnAction(e -> copySelection());
        MenuItem copyAll = new MenuItem();
        copyAll.setId("gridCopyAll");
        copyAll.textProperty().bind(deskText.bind("desk.grid.copyAll"));
        copyAll.setOnAction(e -> copyAll());
        MenuItem respondents = new MenuItem();
        respondents.setId("gridShowRespondents");
        respondents.textProperty().bind(deskText.bind("desk.grid.showRespondents"));
        respondents.setOnAction(e -> showFocusedRespondents());
        setContextMenu(new ContextMenu(copySelection, copyAll, new SeparatorMenuItem(), respondents));
    }

    /** Shows a table (null: empty). */
    public void show(GridTable newTable) {
        this.table = newTable;
        getColumns().clear();
        headerLabels.clear();
        if (newTable == null) {
            getItems().clear();
            return;
        }
        TableColumn<GridTable.Row, String> labels = new TableColumn<>();
        labelColumn = labels;
        labels.setGraphic(header(newTable.corner()));
        labels.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayLabel()));
        labels.setCellFactory(c -> new FrozenCell());
        labels.getStyleClass().add("label-column");
        labels.setPrefWidth(150);
        labels.setSortable(false);
        labels.setReorderable(false);
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
            column.setComparator(CrosstabGrid::compareValues);
            column.setReorderable(false);
            column.widthProperty().addListener((obs, old, w) -> fitHeaders());
            getColumns().add(column);
        }
        getItems().setAll(newTable.rows());
        fitHeaders();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        // the headers and the scroll bar exist once the skin has laid the table out (again after each show)
        freezeLabelColumn();
    }

    /**
     * Keeps the row labels in view while the values scroll sideways: the label column's cells and header move right
     * by as much as the content scrolls left, and are drawn above the other columns.
     */
    private void freezeLabelColumn() {
        if (!scrollX.isBound()) {
            for (Node node : lookupAll(".scroll-bar")) {
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                    scrollX.bind(bar.valueProperty());
                }
            }
        }
        for (Node node : lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() == labelColumn
                    && !header.translateXProperty().isBound()) {
                header.translateXProperty().bind(scrollX);
                header.setViewOrder(-1);
            }
        }
    }

    /** A cell of the label column: pinned at the left edge (see {@link #freezeLabelColumn()}), opaque. */
    private final class FrozenCell extends TableCell<GridTable.Row, String> {
        FrozenCell() {
            translateXProperty().bind(scrollX);
            setViewOrder(-1);
            getStyleClass().add("frozen-cell");
            setStyle("-fx-background-color: -fx-table-cell-border-color, -fx-background;"
                    + " -fx-background-insets: 0, 0 1 0 0;");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    /** The rows in the table's own order, or sorted by the sort columns; Total first, base rows last. */
    private void sortRows() {
        if (table == null) {
            return;
        }
        Comparator<GridTable.Row> by = getComparator();
        List<GridTable.Row> rows = new ArrayList<>(table.rows());
        if (by != null && !getSortOrder().isEmpty()) {
            rows.sort(Comparator.comparingInt(CrosstabGrid::pin).thenComparing(by));
        }
        if (!rows.equals(getItems())) {
            getItems().setAll(rows);
        }
    }

    private static int pin(GridTable.Row row) {
        return row.total() ? 0 : row.base() ? 2 : 1;
    }

    /** Orders cells by their leading number; "–" (no base) after every number. */
    static int compareValues(String a, String b) {
        return Double.compare(leading(a), leading(b));
    }

    private static double leading(String cell) {
        if (cell == null) {
            return Double.POSITIVE_INFINITY;
        }
        int space = cell.indexOf(' ');
        String number = space < 0 ? cell : cell.substring(0, space);
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return Double.POSITIVE_INFINITY;
        }
    }

    /** The header height that shows every header's full text at its column's width (within limits). */
    private void fitHeaders() {
        double tallest = HEADER_HEIGHT;
        for (int i = 0; i < headerLabels.size() && i < getColumns().size(); i++) {
            Label label = headerLabels.get(i);
            double width = getColumns().get(i).getWidth() > 0 ? getColumns().get(i).getWidth()
                    : getColumns().get(i).getPrefWidth();
            Text probe = new Text(label.getText());
            probe.setFont(Font.font(label.getFont().getFamily(), 11));
            probe.setWrappingWidth(Math.max(20, width - 10));
            tallest = Math.max(tallest, probe.getLayoutBounds().getHeight() + 8);
        }
        double height = Math.min(MAX_HEADER_HEIGHT, Math.ceil(tallest));
        for (Label label : headerLabels) {
            label.setMinHeight(height);
            label.setPrefHeight(height);
        }
    }

    /** What the grid shows now. */
    public GridTable table() {
        return table;
    }

    /** The line put above a copied table (the question and attribute). */
    void setTitle(String newTitle) {
        this.title = newTitle == null ? "" : newTitle;
    }

    /** Replaces where copies go (tests read them back). */
    void setClipboard(Consumer<ClipboardContent> target) {
        this.clipboard = target;
    }

    /** Called with the row and value-cell index of a double-clicked cell, or the context menu's. */
    void setOnShowRespondents(BiConsumer<GridTable.Row, Integer> action) {
        this.showRespondents = action;
    }

    /** Copies the selected cells (their rows and columns, with labels and headers); everything when none. */
    public void copySelection() {
        if (table == null) {
            return;
        }
        SortedSet<Integer> rows = new TreeSet<>();
        SortedSet<Integer> columns = new TreeSet<>();
        for (TablePosition<?, ?> position : getSelectionModel().getSelectedCells()) {
            rows.add(position.getRow());
            int column = getColumns().indexOf(position.getTableColumn()) - 1;
            if (column >= 0) {
                columns.add(column);
            }
        }
        if (rows.isEmpty()) {
            copyAll();
            return;
        }
        if (columns.isEmpty()) {
            for (int c = 0; c < table.shownHeaders().size(); c++) {
                columns.add(c);
            }
        }
        put(GridCopy.of(table, title, getItems(), rows, columns, countLabel()));
    }

    /** Copies the whole table as shown (sorted rows in their shown order). */
    public void copyAll() {
        if (table != null) {
            put(GridCopy.all(table, title, getItems(), countLabel()));
        }
    }

    private String countLabel() {
        return text == null ? "n" : text.get("desk.grid.countRow");
    }

    private void put(TextTable copied) {
        ClipboardContent content = new ClipboardContent();
        content.putString(TableClipboard.tsv(copied));
        content.putHtml(TableClipboard.html(copied));
        clipboard.accept(content);
    }

    private void showFocusedRespondents() {
        TablePosition<GridTable.Row, ?> focused = getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getRow() >= getItems().size()) {
            return;
        }
        int column = getColumns().indexOf(focused.getTableColumn()) - 1;
        if (column >= 0) {
            showRespondents.accept(getItems().get(focused.getRow()), column);
        }
    }

    /** A value cell, coloured by its residual arrow (▲ above, ▼ below); a double click shows its respondents. */
    private final class MarkedCell extends TableCell<GridTable.Row, String> {
        MarkedCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()
                        && getTableRow() != null && getTableRow().getItem() != null) {
                    showRespondents.accept(getTableRow().getItem(), getTableView().getColumns()
                            .indexOf(getTableColumn()) - 1);
                }
            });
        }

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

    private Label header(String headerText) {
        Label label = new Label(headerText);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(HEADER_HEIGHT);
        label.setPrefHeight(HEADER_HEIGHT);
        label.setTooltip(new Tooltip(headerText));
        label.getStyleClass().add("grid-header");
        headerLabels.add(label);
        return label;
    }
}
