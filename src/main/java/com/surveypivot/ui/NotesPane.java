package com.surveypivot.ui;

import com.surveypivot.notes.Claim;
import com.surveypivot.notes.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The notes on the current table: generated sentences (each shows its evidence on hover), and a text area for the
 * user's own note, into which "Insert notes" puts the generated sentences as a starting point (undoable).
 */
final class NotesPane extends SplitPane {
    private final TextArea user = new TextArea();

    NotesPane(MainViewModel model) {
        UiText text = model.text();
        Label generatedHeading = new Label();
        javafx.beans.value.ObservableValue<Boolean> onMap = model.chartViewProperty().isEqualTo(
                MainViewModel.ChartView.MAP);
        generatedHeading.setId("notesHeading");
        generatedHeading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> text.get(
                onMap.getValue() ? "notes.generatedMap" : "notes.generated"), onMap, text.locale()));
        generatedHeading.getStyleClass().add("pane-heading");
        ListView<Note> generated = new ListView<>(model.shownNotes());
        generated.setId("generatedNotes");
        generated.setCellFactory(v -> new NoteCell(text));
        Label empty = new Label();
        empty.textProperty().bind(text.bind("notes.none"));
        generated.setPlaceholder(empty);
        VBox.setVgrow(generated, Priority.ALWAYS);
        VBox left = new VBox(4, generatedHeading, generated);

        Label userHeading = new Label();
        userHeading.textProperty().bind(text.bind("notes.user"));
        userHeading.getStyleClass().add("pane-heading");
        Button insert = new Button();
        insert.setId("insertNotes");
        insert.textProperty().bind(text.bind("notes.insert"));
        insert.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.shownNotes()));
        insert.setOnAction(e -> insertGenerated(model, text));
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox userBar = new HBox(6, userHeading, spacer, insert);
        userBar.setAlignment(Pos.CENTER_LEFT);
        user.setId("userNote");
        user.setWrapText(true);
        user.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> text.get(
                onMap.getValue() ? "notes.userPromptMap" : "notes.userPrompt"), onMap, text.locale()));
        user.textProperty().bindBidirectional(model.userNoteProperty());
        VBox.setVgrow(user, Priority.ALWAYS);
        VBox right = new VBox(4, userBar, user);

        left.setPadding(new Insets(6));
        right.setPadding(new Insets(6));
        getItems().addAll(left, right);
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(0.58);
        getStyleClass().add("notes-pane");
    }

    /**
     * Puts the generated sentences, one bulleted line each, at the caret, through the text area's own editing (so
     * that Undo takes them out again).
     */
    private void insertGenerated(MainViewModel model, UiText text) {
        List<String> lines = new ArrayList<>();
        for (Note note : model.shownNotes()) {
            lines.add(text.get("notes.bullet") + note.text());
        }
        if (lines.isEmpty()) {
            return;
        }
        int at = user.getCaretPosition();
        String before = user.getText().substring(0, at);
        String block = String.join("\n", lines);
        if (!before.isEmpty() && !before.endsWith("\n")) {
            block = "\n" + block;
        }
        if (at < user.getLength() && user.getText().charAt(at) != '\n') {
            block = block + "\n";
        }
        // one edit of its own: typing just before is merged into one undo step by TextInputControl, but a
        // replacement (of the character before the caret by itself and the notes) is not
        if (at > 0) {
            user.replaceText(at - 1, at, user.getText().substring(at - 1, at) + block);
        } else {
            user.insertText(0, block);
        }
        user.requestFocus();
    }

    /** The evidence of a claim, one fact a line, for the tooltip. */
    static String evidence(Claim claim, UiText text) {
        Locale locale = text.locale().getValue();
        List<String> lines = new ArrayList<>();
        lines.add(text.get("evidence.segment", claim.segment() == null ? text.get("grid.total") : claim.segment()));
        if (claim.answer() != null) {
            lines.add(text.get("evidence.answer", claim.answer()));
        }
        if (claim.value() != null) {
            lines.add(text.get("evidence.value", percent(claim.value())));
        }
        if (claim.total() != null) {
            lines.add(text.get("evidence.total", percent(claim.total())));
        }
        if (claim.gap() != null && claim.segment() != null) {
            lines.add(text.get("evidence.gap", String.format(Locale.ROOT, "%+.1f", claim.gap())));
        }
        if (claim.base() != null) {
            lines.add(text.get("evidence.base", claim.base()));
        }
        if (claim.test() != null) {
            String key = "evidence.test." + claim.test();
            String name = text.get(key);
            lines.add(text.get("evidence.test", name.equals("ui." + key) ? claim.test()
                    : name));
        }
        if (claim.pValue() != null) {
            lines.add(text.get("evidence.p", pValue(claim.pValue(), locale)));
        }
        return String.join("\n", lines);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    /** p to three significant figures; "< 0.0001" far into the tail. */
    static String pValue(double p, Locale locale) {
        if (p < 0.0001) {
            return "< 0.0001";
        }
        return String.format(Locale.ROOT, p < 0.001 ? "%.5f" : "%.4f", p);
    }

    TextArea userNote() {
        return user;
    }

    /** A note sentence wrapped to the list's width, its evidence on hover. */
    private static final class NoteCell extends ListCell<Note> {
        private final UiText text;

        NoteCell(UiText text) {
            this.text = text;
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Note item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(NoBreak.statistics(text.get("notes.bullet") + item.text()));
            Tooltip tip = new Tooltip(evidence(item.claim(), text));
            tip.setShowDelay(Duration.millis(250));
            tip.setShowDuration(Duration.seconds(30));
            tip.getStyleClass().add("evidence-tip");
            setTooltip(tip);
        }
    }
}
