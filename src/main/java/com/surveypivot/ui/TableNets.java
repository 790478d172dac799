package com.surveypivot.ui;

import com.surveypivot.chart.BandChart;
import com.surveypivot.chart.LegendPicks;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TablePosition;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * NETs made where the answers are seen: in the grid (select cells of some answers: columns in the report layout,
 * rows in the banner layout) and in the chart's legend (click, Ctrl+click, Shift+click). Ctrl+G or the context menu's
 * "Merge into NET…" asks for the NET's name and placement ({@link NetDialog}) and makes it in one step; the grid's
 * menu also renames a chosen NET and hides the chosen answers.
 */
final class TableNets {
    private static final KeyCombination MERGE = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    private final MainView view;
    private final NetMaker maker;

    private TableNets(MainView view) {
        this.view = view;
        this.maker = new NetMaker(view.model(), view::getScene);
    }

    /** Adds the grid's NET items (after its copy items) and the legend's picking to the view. */
    static void install(MainView view) {
        TableNets nets = new TableNets(view);
        nets.grid();
        nets.chart();
    }

    private void grid() {
        CrosstabGrid grid = view.grid();
        MenuItem merge = item("gridMergeNet", "pivot.net.merge", () -> maker.merge(gridLabels()));
        merge.setAccelerator(MERGE);
        MenuItem rename = item("gridRenameNet", "pivot.net.rename", () -> maker.rename(gridLabels()));
        MenuItem hide = item("gridHideAnswers", "pivot.net.hide", () -> maker.hide(gridLabels()));
        ContextMenu menu = grid.getContextMenu() == null ? new ContextMenu() : grid.getContextMenu();
        menu.setOnShowing(e -> {
            List<String> labels = gridLabels();
            merge.setDisable(maker.answers(labels).isEmpty());
            rename.setDisable(maker.net(labels) == null);
            hide.setDisable(labels.isEmpty());
        });
        menu.getItems().addAll(new SeparatorMenuItem(), merge, rename, hide);
        grid.setContextMenu(menu);
        grid.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (MERGE.match(e)) {
                maker.merge(gridLabels());
                e.consume();
            }
        });
    }

    private void chart() {
        BandChart chart = view.chart();
        LegendPicks picks = chart.legendPicks();
        picks.setEnabled(true);
        MenuItem merge = item("legendMergeNet", "pivot.net.merge", () -> mergePicks(picks));
        merge.setAccelerator(MERGE);
        MenuItem clear = item("legendClearPicks", "pivot.net.clearPicks", picks::clear);
        ContextMenu menu = new ContextMenu(merge, clear);
        menu.setOnShowing(e -> {
            merge.setDisable(maker.answers(picks.picked()).isEmpty());
            clear.setDisable(picks.picked().isEmpty());
        });
        chart.setOnContextMenuRequested(e -> {
            menu.show(chart, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        chart.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (MERGE.match(e)) {
                mergePicks(picks);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !picks.picked().isEmpty()) {
                picks.clear();
                e.consume();
            }
        });
    }

    private void mergePicks(LegendPicks picks) {
        if (maker.merge(picks.picked())) {
            picks.clear();
        }
    }

    /**
     * The labels of the answers (and NETs) the grid's selected cells belong to: the value columns' headers in the
     * report layout, the rows' labels in the banner layout (base rows left out).
     */
    List<String> gridLabels() {
        CrosstabGrid grid = view.grid();
        GridTable table = grid.table();
        if (table == null) {
            return List.of();
        }
        boolean transposed = view.model().transposedProperty().get();
        Set<String> labels = new LinkedHashSet<>();
        for (TablePosition<?, ?> position : grid.getSelectionModel().getSelectedCells()) {
            if (transposed) {
                int row = position.getRow();
                if (row >= 0 && row < grid.getItems().size() && !grid.getItems().get(row).base()) {
                    labels.add(grid.getItems().get(row).label());
                }
            } else {
                int column = grid.getColumns().indexOf(position.getTableColumn()) - 1;
                if (column >= 0 && column < table.headers().size()) {
                    labels.add(table.headers().get(column));
                }
            }
        }
        return new ArrayList<>(labels);
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(view.model().localeProperty()
                .get(), key), view.model().localeProperty()));
        item.setOnAction(e -> action.run());
        return item;
    }
}
