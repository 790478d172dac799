package com.surveypivot.ui;

import com.surveypivot.notes.Note;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotState;
import com.surveypivot.workspace.TableIdentity;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The notes of the view shown (the table's generated notes, or the map's quadrant notes while the map is shown), and
 * the key of the user's note kept for that table or map.
 */
final class ShownNotes {
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<Note> generatedNotes = FXCollections.observableArrayList();
    private final ObservableList<Note> shownNotes = FXCollections.observableArrayList();
    private ReadOnlyObjectProperty<Survey> survey;
    private ObjectProperty<MainViewModel.ChartView> chartView;
    private SegmentMapViewModel map;
    private NoteBook noteBook;
    private PivotState state = PivotState.EMPTY;

    /** Follows the view shown, the map and the generated notes (once, when the main view model is built). */
    void follow(ReadOnlyObjectProperty<Survey> survey, ObjectProperty<MainViewModel.ChartView> chartView,
            SegmentMapViewModel map, NoteBook noteBook) {
        this.survey = survey;
        this.chartView = chartView;
        this.map = map;
        this.noteBook = noteBook;
        generatedNotes.addListener((ListChangeListener<Note>) c -> refreshShown());
        map.notes().addListener((ListChangeListener<Note>) c -> refreshShown());
        chartView.addListener((obs, old, v) -> {
            refreshShown();
            refreshKey();
        });
        map.dataProperty().addListener((obs, old, d) -> refreshKey());
    }

    /** Switches the user's note to the one kept for the table of {@code newState} (or the map, when shown). */
    void refreshKey(PivotState newState) {
        state = newState == null ? PivotState.EMPTY : newState;
        refreshKey();
    }

    /** A note's key: the survey's title, a NUL, then the table's or map's own key ({@link NoteKeys} relies on it). */
    static String noteKey(String title, String tableOrMap) {
        return title + "\u0000" + tableOrMap;
    }

    /**
     * Switches the user's note to the one kept for the table or the map shown: a table's note is kept per
     * {@link TableIdentity} (question, banner, nest, segments, filters, weight), so two tables of one question keep
     * their own notes.
     */
    void refreshKey() {
        String key;
        if (survey.get() == null) {
            key = "";
        } else if (chartView.get() == MainViewModel.ChartView.MAP) {
            String mapKey = map.noteKey();
            key = mapKey.isEmpty() ? "" : noteKey(survey.get().title(), mapKey);
        } else {
            String table = TableIdentity.of(state);
            key = table.isEmpty() ? "" : noteKey(survey.get().title(), table);
        }
        noteBook.switchTo(key);
    }

    private void refreshShown() {
        shownNotes.setAll(chartView.get() == MainViewModel.ChartView.MAP ? map.notes() : generatedNotes);
    }

    /** Shows the notes of a computed table. */
    void setGenerated(java.util.List<Note> generated) {
        generatedNotes.setAll(generated);
        notes.setAll(generated.stream().map(Note::text).toList());
    }

    ObservableList<String> notes() {
        return notes;
    }

    ObservableList<Note> generated() {
        return generatedNotes;
    }

    ObservableList<Note> shown() {
        return shownNotes;
    }
}
