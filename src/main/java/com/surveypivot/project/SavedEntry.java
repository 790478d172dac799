package com.surveypivot.project;

import com.surveypivot.workspace.PivotState;
import java.util.Objects;

/**
 * One table or map the user keeps in the report outline: everything needed to show it again and to export it. The
 * pivot state holds the question, attributes, filter, weight, NETs, chart kind and decimals; the note is the user's
 * own text kept with it (the caption of its image and the notes of its slide).
 *
 * @param id    a stable id within the outline (not shown)
 * @param name  the name shown in the outline and used as the slide / sheet title
 * @param state the workspace state of the table (for a map: its attribute, filter and weight)
 * @param map   the map's axes, or null for a table
 * @param note  the user's note ("" for none)
 */
public record SavedEntry(String id, String name, PivotState state, MapSpec map, String note) {

    public SavedEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        name = name == null ? "" : name;
        note = note == null ? "" : note;
    }

    public boolean isMap() {
        return map != null;
    }

    public SavedEntry withName(String newName) {
        return new SavedEntry(id, newName, state, map, note);
    }

    public SavedEntry withNote(String newNote) {
        return new SavedEntry(id, name, state, map, newNote);
    }

    public SavedEntry withId(String newId) {
        return new SavedEntry(newId, name, state, map, note);
    }
}
