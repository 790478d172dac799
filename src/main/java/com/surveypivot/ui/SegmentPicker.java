package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotSpecs;
import com.surveypivot.workspace.PivotState;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * "Pick…" in the Segments zone: the attribute's categories, each ticked when shown; a click or Enter ticks or
 * unticks one and the menu stays open for the next. Ticked in the order picked; all ticked means all shown.
 */
final class SegmentPicker extends MenuButton {
    private final MainViewModel model;
    private final WorkspaceModel workspace;
    private final OnceAPulse once = new OnceAPulse();
    private String attribute;

    SegmentPicker(MainViewModel model) {
        this.model = model;
        this.workspace = model.workspace();
        setId("segmentsPicker");
        setMnemonicParsing(false);
        getStyleClass().add("zone-picker");
    }

    /** Follows the state: the items are rebuilt when the attribute changes, else only their ticks. */
    void refresh() {
        setText(workspace.text("zone.pick"));
        PivotState s = workspace.state();
        Question a = PivotSpecs.byId(model.surveyProperty().get(), s.attribute());
        setDisable(a == null || a.categoryCount() == 0);
        String id = a == null ? null : a.id() + "\u0000" + a.categories();
        if (!java.util.Objects.equals(id, attribute)) {
            attribute = id;
            getItems().clear();
            if (a != null) {
                for (int c = 0; c < a.categoryCount(); c++) {
                    getItems().add(item(a, a.categories().get(c), c));
                }
                MenuItem all = new MenuItem(workspace.text("zone.allSegments"));
                all.setId("segmentAll");
                all.setOnAction(e -> workspace.execute(new PivotCommand.SetSegments(List.of())));
                getItems().addAll(new SeparatorMenuItem(), all);
            }
        }
        List<String> shown = s.segments();
        for (MenuItem item : getItems()) {
            if (item instanceof CustomMenuItem custom && custom.getContent() instanceof CheckBox box) {
                box.setSelected(shown.isEmpty() || shown.contains(box.getText()));
            }
        }
    }

    private CustomMenuItem item(Question a, String category, int index) {
        CheckBox box = new CheckBox(category);
        box.setMnemonicParsing(false);
        // a click on the box fires the item (CustomMenuItem listens on its content); the state then sets the tick
        box.setMaxWidth(Double.MAX_VALUE);
        CustomMenuItem item = new CustomMenuItem(box, false);
        item.setId("segment-" + index);
        item.setOnAction(e -> once.run(() -> toggle(a, category)));
        return item;
    }

    private void toggle(Question a, String category) {
        List<String> shown = new ArrayList<>(workspace.state().segments());
        if (shown.isEmpty()) {
            // from "all": picking one starts the list with it
            shown.add(category);
        } else if (!shown.remove(category)) {
            shown.add(category);
        }
        if (shown.equals(a.categories())) {
            shown.clear();
        }
        workspace.execute(new PivotCommand.SetSegments(shown));
    }
}
