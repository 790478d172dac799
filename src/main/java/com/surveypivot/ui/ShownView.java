package com.surveypivot.ui;

import com.surveypivot.chart.ChartSettings;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotState;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the main window shows of the table and what it says of it: which chart (band chart or map), the band chart's
 * settings, whether the note goes under the chart, the notes listed and the user's own note on the table or map.
 */
final class ShownView {
    private final ObjectProperty<MainViewModel.ChartView> chartView =
            new SimpleObjectProperty<>(MainViewModel.ChartView.BAND);
    private final BooleanProperty captionUnderChart = new SimpleBooleanProperty(false);
    private final StringProperty userNote = new SimpleStringProperty("");
    private final ShownNotes notes = new ShownNotes();
    private final NoteBook noteBook;
    private final ChartSettingsLink chartSettings;

    ShownView(WorkspaceModel workspace) {
        noteBook = new NoteBook(userNote, workspace);
        chartSettings = new ChartSettingsLink(workspace);
    }

    /** Follows the survey and the map: the notes listed are those of the view shown, the user's note that view's. */
    void follow(ReadOnlyObjectProperty<Survey> survey, SegmentMapViewModel map) {
        notes.follow(survey, chartView, map, noteBook);
    }

    /** Shows the chart settings and the user's note of a new workspace state. */
    void show(PivotState state) {
        chartSettings.show(state);
        notes.refreshKey(state);
    }

    ShownNotes notes() {
        return notes;
    }

    NoteBook noteBook() {
        return noteBook;
    }

    ObjectProperty<MainViewModel.ChartView> chartView() {
        return chartView;
    }

    ObjectProperty<ChartSettings> chartSettings() {
        return chartSettings.settings();
    }

    BooleanProperty captionUnderChart() {
        return captionUnderChart;
    }

    StringProperty userNote() {
        return userNote;
    }
}
