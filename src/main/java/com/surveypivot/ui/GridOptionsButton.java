package com.surveypivot.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/** The grid's options beside its heading: count and % together, decimals 0–2, and which Total is shown. */
final class GridOptionsButton extends MenuButton {

    GridOptionsButton(GridSettings settings, DeskText text) {
        setId("gridOptions");
        textProperty().bind(text.bind("desk.grid.options"));
        CheckMenuItem both = new CheckMenuItem();
        both.setId("gridCountAndPercent");
        both.textProperty().bind(text.bind("desk.grid.countAndPercent"));
        both.selectedProperty().bindBidirectional(settings.countAndPercentProperty());

        ToggleGroup places = new ToggleGroup();
        getItems().addAll(both, new SeparatorMenuItem());
        for (int d = 0; d <= 2; d++) {
            int value = d;
            RadioMenuItem item = new RadioMenuItem();
            item.textProperty().bind(text.bind("desk.grid.decimals." + d));
            item.setId("gridDecimals" + d);
            item.setToggleGroup(places);
            item.setSelected(settings.decimalsProperty().get() == d);
            item.setOnAction(e -> settings.decimalsProperty().set(value));
            settings.decimalsProperty().addListener((obs, old, v) -> item.setSelected(v.intValue() == value));
            getItems().add(item);
        }

        ToggleGroup totals = new ToggleGroup();
        RadioMenuItem table = total("gridTotalTable", "desk.grid.total.table", GridFormat.TotalBase.TABLE, totals,
                settings, text);
        RadioMenuItem answered = total("gridTotalAnswered", "desk.grid.total.answered",
                GridFormat.TotalBase.ANSWERED, totals, settings, text);
        getItems().addAll(new SeparatorMenuItem(), table, answered);
    }

    private static RadioMenuItem total(String id, String key, GridFormat.TotalBase base, ToggleGroup group,
            GridSettings settings, DeskText text) {
        RadioMenuItem item = new RadioMenuItem();
        item.setId(id);
        item.textProperty().bind(text.bind(key));
        item.setToggleGroup(group);
        item.setSelected(settings.totalProperty().get() == base);
        item.setOnAction(e -> settings.totalProperty().set(base));
        settings.totalProperty().addListener((obs, old, v) -> item.setSelected(v == base));
        return item;
    }
}
