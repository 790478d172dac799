package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.workspace.FilterCondition;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotSpecs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.FlowPane;

/**
 * The Filter zone's chips: one menu button per filtered question, "Q: answer, answer", its answers ticked in the
 * menu (the menu stays open while ticking) and Remove at the bottom. The buttons are kept while their filter stays,
 * so an open menu stays open when the table follows a tick.
 */
final class FilterChips {
    private final MainViewModel model;
    private final WorkspaceModel workspace;
    private final OnceAPulse once = new OnceAPulse();
    private final PivotDrag drag;
    private final Map<String, MenuButton> buttons = new LinkedHashMap<>();

    FilterChips(MainViewModel model, PivotDrag drag) {
        this.model = model;
        this.workspace = model.workspace();
        this.drag = drag;
    }

    void refresh(FlowPane pane) {
        List<FilterCondition> filters = workspace.state().filters();
        List<String> ids = filters.stream().map(FilterCondition::question).toList();
        buttons.keySet().retainAll(ids);
        List<Node> children = new ArrayList<>();
        for (FilterCondition f : filters) {
            Question q = PivotSpecs.byId(model.surveyProperty().get(), f.question());
            if (q == null) {
                continue;
            }
            MenuButton button = buttons.computeIfAbsent(f.question(), id -> create(q));
            update(button, q, f);
            children.add(button);
        }
        if (children.isEmpty()) {
            Label prompt = new Label(workspace.text("zone.dropFilter"));
            prompt.getStyleClass().add("zone-prompt");
            prompt.setWrapText(true);
            children.add(prompt);
        }
        if (!pane.getChildren().equals(children)) {
            pane.getChildren().setAll(children);
        }
    }

    /** Opens the menu of a question's filter (after a drop, to pick its answers). */
    void open(String question) {
        MenuButton button = buttons.get(question);
        if (button != null) {
            Platform.runLater(() -> show(button, 3));
        }
    }

    /**
     * Shows a chip's menu once the chip is in a showing window with its skin; a button marked showing whose menu
     * window did not open (the skin or the window was not ready yet) is reset first, and the show is tried again on a
     * later turn of the event loop when the menu still is not up.
     */
    private static void show(MenuButton button, int tries) {
        javafx.scene.Scene scene = button.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            if (tries > 0) {
                Platform.runLater(() -> show(button, tries - 1));
            }
            return;
        }
        button.applyCss();
        button.requestFocus();
        if (button.isShowing() && !menuUp(button)) {
            button.hide();
        }
        button.show();
        if (!menuUp(button) && tries > 0) {
            button.hide();
            Platform.runLater(() -> show(button, tries - 1));
        }
    }

    /** Whether the chip's menu window is really open. */
    static boolean menuUp(MenuButton button) {
        return javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.ContextMenu menu
                && menu.isShowing() && menu.getOwnerNode() == button);
    }

    private MenuButton create(Question q) {
        MenuButton button = new MenuButton();
        button.setId("filterChip-" + q.id());
        button.setMnemonicParsing(false);
        button.getStyleClass().addAll("zone-chip", "filter-chip");
        button.setMaxWidth(260);
        // a press on a chip marked showing whose menu is not up would only "close" it: reset it so the press opens it
        button.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (button.isShowing() && !menuUp(button)) {
                button.hide();
            }
        });
        for (int c = 0; c < q.categoryCount(); c++) {
            String answer = q.categories().get(c);
            CheckBox box = new CheckBox(answer);
            box.setMnemonicParsing(false);
            // a click on the box fires the item (CustomMenuItem listens on its content); the state then sets the tick
        box.setMaxWidth(Double.MAX_VALUE);
            CustomMenuItem item = new CustomMenuItem(box, false);
            item.setId("filterAnswer-" + q.id() + "-" + c);
            item.setOnAction(e -> once.run(() -> toggle(q, answer)));
            button.getItems().add(item);
        }
        MenuItem remove = new MenuItem(workspace.text("zone.remove"));
        remove.setId("filterRemove-" + q.id());
        remove.setOnAction(e -> workspace.execute(new PivotCommand.RemoveFilter(q.id())));
        button.getItems().addAll(new SeparatorMenuItem(), remove);
        button.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                workspace.execute(new PivotCommand.RemoveFilter(q.id()));
                e.consume();
            }
        });
        drag.source(button, () -> new PivotDrag.Payload(q.id(), null, new PivotCommand.RemoveFilter(q.id()),
                PivotZones.FILTER), workspace);
        return button;
    }

    private void update(MenuButton button, Question q, FilterCondition f) {
        button.setText(q.id() + ": " + (f.active() ? String.join(model.text().get("filter.or"), f.answers())
                : workspace.text("zone.pickAnswers")));
        for (MenuItem item : button.getItems()) {
            if (item instanceof CustomMenuItem custom && custom.getContent() instanceof CheckBox box) {
                box.setSelected(f.answers().contains(box.getText()));
            }
        }
    }

    private void toggle(Question q, String answer) {
        FilterCondition f = workspace.state().filterOn(q.id());
        List<String> answers = new ArrayList<>(f == null ? List.of() : f.answers());
        if (!answers.remove(answer)) {
            answers.add(answer);
            answers.sort((a, b) -> Integer.compare(q.indexOf(a), q.indexOf(b)));
        }
        workspace.execute(new PivotCommand.SetFilter(q.id(), answers));
    }
}
