package com.surveypivot.ui;

import com.surveypivot.chart.ChartSettings;
import com.surveypivot.workspace.PivotCommand;
import com.surveypivot.workspace.PivotState;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The band chart's settings as a property the chart settings bar edits, kept in step with the workspace state: the
 * state's settings are shown, and an edit becomes an undoable command on the state.
 */
final class ChartSettingsLink {
    private final ObjectProperty<ChartSettings> settings = new SimpleObjectProperty<>(ChartSettings.defaults());

    ChartSettingsLink(WorkspaceModel workspace) {
        settings.addListener((obs, old, edited) -> {
            if (!edited.equals(ChartModelMaker.toChart(workspace.state().chart()))) {
                workspace.execute(new PivotCommand.SetChart(ChartModelMaker.toSaved(edited)));
            }
        });
    }

    /** Shows the settings of a state (no command: they are the state's already). */
    void show(PivotState state) {
        settings.set(ChartModelMaker.toChart(state.chart()));
    }

    ObjectProperty<ChartSettings> settings() {
        return settings;
    }
}
