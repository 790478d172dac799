package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.workspace.AnswerLayout;
import com.surveypivot.workspace.NetDefinition;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotSpecs;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The current question's answers as the table shows them: select some and merge them into a NET (Ctrl+G), rename or
 * remove a NET, put it above or below its members, with them or instead of them; hide or show answers (Delete),
 * move them (Alt+Up / Alt+Down, or drag one onto another), set a scale's scores. Every action is a command.
 */
final class AnswersPane extends VBox {
    private final MainViewModel model;
    private final WorkspaceModel workspace;
    private final ListView<AnswerListing> list = new ListView<>();
    private final Label heading = new Label();
    private final NetDialogs dialogs;

    AnswersPane(MainViewModel model, PivotDrag drag) {
        this.model = model;
        this.workspace = model.workspace();
        this.dialogs = new NetDialogs(workspace, this::getScene);
        heading.getStyleClass().add("pane-heading");
        heading.setId("answersHeading");
        list.setId("answerList");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(v -> new AnswerCell(drag));
        VBox.setVgrow(list, Priority.ALWAYS);

        MenuItem merge = item("answerMerge", "answers.merge", this::merge);
        MenuItem rename = item("answerRenameNet", "answers.rename", this::renameNet);
        MenuItem remove = item("answerRemoveNet", "answers.removeNet", this::removeNet);
        MenuItem hide = item("answerHide", "answers.hide", () -> setHidden(true));
        MenuItem show = item("answerShow", "answers.show", () -> setHidden(false));
        MenuItem up = item("answerUp", "answers.up", () -> move(-1));
        MenuItem down = item("answerDown", "answers.down", () -> move(1));
        MenuItem score = item("answerScore", "answers.score", this::score);
        MenuItem above = item("answerNetAbove", "answers.above", () -> place(NetDefinition.Placement.ABOVE, null));
        MenuItem below = item("answerNetBelow", "answers.below", () -> place(NetDefinition.Placement.BELOW, null));
        MenuItem keep = item("answerNetKeep", "answers.keep", () -> place(null, Boolean.TRUE));
        list.setContextMenu(new ContextMenu(merge, rename, remove, above, below, keep, new SeparatorMenuItem(),
                hide, show, up, down, new SeparatorMenuItem(), score));
        list.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.G) {
                merge();
            } else if (e.getCode() == KeyCode.DELETE) {
                if (selected().stream().allMatch(AnswerListing::net)) {
                    removeNet();
                } else {
                    setHidden(selected().stream().noneMatch(AnswerListing::hidden));
                }
            } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                move(-1);
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                move(1);
            } else {
                return;
            }
            e.consume();
        });

        Button mergeButton = new Button();
        mergeButton.setId("mergeNet");
        mergeButton.textProperty().bind(workspace.bind("answers.merge"));
        mergeButton.setOnAction(e -> merge());
        mergeButton.disableProperty().bind(javafx.beans.binding.Bindings.size(
                list.getSelectionModel().getSelectedItems()).lessThan(1));
        mergeButton.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(mergeButton, Priority.ALWAYS);
        getChildren().addAll(heading, list, new HBox(6, mergeButton));
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("answers-pane");
        workspace.stateProperty().addListener((obs, old, s) -> refresh());
        model.surveyProperty().addListener((obs, old, s) -> refresh());
        model.localeProperty().addListener((obs, old, l) -> refresh());
        refresh();
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(workspace.bind(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    private Question question() {
        return PivotSpecs.byId(model.surveyProperty().get(), workspace.state().question());
    }

    private void refresh() {
        Question q = question();
        heading.setText(q == null ? workspace.text("answers.none") : workspace.text("answers.heading", q.id()));
        List<String> selected = selected().stream().map(AnswerListing::label).toList();
        List<AnswerListing> items = q == null ? List.of() : AnswerListing.of(q.categories(),
                workspace.state().answersOf(q.id()));
        if (!items.equals(list.getItems())) {
            list.getItems().setAll(items);
            for (int i = 0; i < items.size(); i++) {
                if (selected.contains(items.get(i).label())) {
                    list.getSelectionModel().select(i);
                }
            }
        }
    }

    private List<AnswerListing> selected() {
        return new ArrayList<>(list.getSelectionModel().getSelectedItems());
    }

    private AnswerLayout answerLayout() {
        return workspace.state().currentAnswers();
    }

    /** Merges the selected answers into a NET named in a dialog (instead of them, above them). */
    void merge() {
        Question q = question();
        List<String> members = selected().stream().filter(a -> !a.net()).map(AnswerListing::label).toList();
        if (q == null || members.isEmpty()) {
            return;
        }
        List<String> inOrder = q.categories().stream().filter(members::contains).toList();
        dialogs.netName(inOrder.size(), null).ifPresent(name -> workspace.execute(new PivotCommand.AddNet(q.id(),
                new NetDefinition(name, inOrder, NetDefinition.Placement.ABOVE, false))));
    }

    private NetDefinition selectedNet() {
        List<AnswerListing> nets = selected().stream().filter(AnswerListing::net).toList();
        return nets.size() == 1 ? answerLayout().net(nets.get(0).label()) : null;
    }

    private void renameNet() {
        NetDefinition net = selectedNet();
        if (net != null) {
            dialogs.netName(net.members().size(), net.name()).filter(n -> !n.equals(net.name())).ifPresent(
                    n -> workspace.execute(new PivotCommand.RenameNet(workspace.state().question(), net.name(), n)));
        }
    }

    private void removeNet() {
        NetDefinition net = selectedNet();
        if (net != null) {
            workspace.execute(new PivotCommand.RemoveNet(workspace.state().question(), net.name()));
        }
    }

    private void place(NetDefinition.Placement placement, Boolean toggleKeep) {
        NetDefinition net = selectedNet();
        if (net != null) {
            workspace.execute(new PivotCommand.PlaceNet(workspace.state().question(), net.name(),
                    placement == null ? net.placement() : placement,
                    toggleKeep == null ? net.keepMembers() : !net.keepMembers()));
        }
    }

    private void setHidden(boolean hidden) {
        List<String> labels = selected().stream().map(AnswerListing::label).toList();
        if (!labels.isEmpty()) {
            workspace.execute(new PivotCommand.SetHidden(workspace.state().question(), labels, hidden));
        }
    }

    /** Moves the one selected answer up (-1) or down (+1) among the answers. */
    private void move(int by) {
        Question q = question();
        List<AnswerListing> sel = selected();
        if (q == null || sel.size() != 1 || sel.get(0).net()) {
            return;
        }
        List<String> order = new ArrayList<>(AnswerListing.ordered(q.categories(), answerLayout()));
        int i = order.indexOf(sel.get(0).label());
        int j = i + by;
        if (i < 0 || j < 0 || j >= order.size()) {
            return;
        }
        java.util.Collections.swap(order, i, j);
        workspace.execute(new PivotCommand.SetAnswerOrder(q.id(), order));
    }

    /** Moves an answer to just before another (a drag within the list). */
    private void moveBefore(String answer, String before) {
        Question q = question();
        if (q == null || answer.equals(before) || !q.categories().contains(answer)) {
            return;
        }
        List<String> order = new ArrayList<>(AnswerListing.ordered(q.categories(), answerLayout()));
        order.remove(answer);
        int at = order.indexOf(before);
        order.add(at < 0 ? order.size() : at, answer);
        workspace.execute(new PivotCommand.SetAnswerOrder(q.id(), order));
    }

    private void score() {
        List<AnswerListing> sel = selected();
        if (sel.size() != 1 || sel.get(0).net()) {
            return;
        }
        String answer = sel.get(0).label();
        dialogs.score(answer, sel.get(0).score()).ifPresent(score -> workspace.execute(
                new PivotCommand.SetScore(workspace.state().question(), answer, score.orElse(null))));
    }

    ListView<AnswerListing> list() {
        return list;
    }

    /** One answer or NET; hidden ones greyed; a drag source and target for reordering. */
    private final class AnswerCell extends ListCell<AnswerListing> {
        AnswerCell(PivotDrag drag) {
            drag.source(this, () -> getItem() == null || getItem().net() ? null
                    : new PivotDrag.Payload(null, getItem().label(), null, "answers"), workspace);
            drag.target(this, p -> {
                if ("answers".equals(p.originZone()) && getItem() != null && p.segment() != null) {
                    moveBefore(p.segment(), getItem().label());
                }
            });
        }

        @Override
        protected void updateItem(AnswerListing item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("net-answer", "hidden-answer");
            if (empty || item == null) {
                setText(null);
                return;
            }
            String text = item.net() ? workspace.text("answers.netLabel", item.label()) : item.label();
            if (item.score() != null) {
                text = workspace.text("answers.scoreLabel", text, item.score().isNaN() ? "x"
                        : String.valueOf(item.score()));
            }
            setText(item.hidden() ? workspace.text("answers.hidden", text) : text);
            if (item.net()) {
                getStyleClass().add("net-answer");
            }
            if (item.hidden()) {
                getStyleClass().add("hidden-answer");
            }
        }
    }
}
