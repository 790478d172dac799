package com.surveypivot.ui;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.i18n.Messages;
import com.surveypivot.project.MapSpec;
import com.surveypivot.project.ReportOutline;
import com.surveypivot.project.SavedEntry;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.CommandHistory;
import com.surveypivot.workspace.PivotSpecs;
import com.surveypivot.workspace.PivotState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * What the report outline does, without controls: keeps the table or map shown as a new entry (named from its
 * questions), renames, moves, duplicates and removes entries, and opens one in the workspace (its pivot state put in
 * place as one undoable step; a map entry also switches to the map tab and puts its axes back).
 */
final class OutlineActions {
    private final MainViewModel model;
    /** The entry last added or opened: the user's note edits of its table go to it too. */
    private String current;

    OutlineActions(MainViewModel model) {
        this.model = model;
        model.userNoteProperty().addListener((obs, old, note) -> keepNote(note));
    }

    /**
     * The note typed on the table or map of the entry last added or opened goes into that entry as well (its slide
     * and sheet then carry the note as it is now), as long as the workspace still shows that entry's table.
     */
    private void keepNote(String note) {
        int at = current == null ? -1 : outline().indexOf(current);
        if (at < 0) {
            return;
        }
        SavedEntry entry = outline().entries().get(at);
        boolean mapShown = model.chartViewProperty().get() == MainViewModel.ChartView.MAP;
        boolean same = entry.isMap() ? mapShown && java.util.Objects.equals(entry.map(), OutlineMaps.specOf(model.map()))
                : !mapShown && com.surveypivot.workspace.TableIdentity.of(entry.state())
                        .equals(com.surveypivot.workspace.TableIdentity.of(model.workspace().state()));
        String text = note == null ? "" : note;
        if (same && !text.equals(entry.note())) {
            outline().update(entry.withNote(text));
        }
    }

    private SavedEntry opened(SavedEntry entry) {
        current = entry == null ? null : entry.id();
        return entry;
    }

    ReportOutline outline() {
        return model.outline();
    }

    /** Adds the table shown (or the map, when the map tab is shown) with its state and note; null when there is none. */
    SavedEntry addCurrent() {
        Survey survey = model.surveyProperty().get();
        if (survey == null) {
            return null;
        }
        PivotState state = model.workspace().state();
        String note = model.userNoteProperty().get();
        if (model.chartViewProperty().get() == MainViewModel.ChartView.MAP) {
            MapSpec map = OutlineMaps.specOf(model.map());
            if (map == null || model.map().modelProperty().get() == null) {
                return null;
            }
            Question by = model.attributeProperty().get();
            String name = text("outline.name.map", map.xQuestion(), map.yQuestion(), by == null ? "" : by.id());
            return opened(outline().add(new SavedEntry(ReportOutline.newId(), name, state, map, note)));
        }
        if (model.crosstabProperty().get() == null || state.question() == null) {
            return null;
        }
        return opened(outline().add(new SavedEntry(ReportOutline.newId(), tableName(survey, state), state, null,
                note)));
    }

    /** "Q2 部門間の業務連携状況 × 役職": the question and the banner's attributes. */
    String tableName(Survey survey, PivotState state) {
        String question = label(PivotSpecs.byId(survey, state.question()));
        List<String> by = new ArrayList<>();
        for (String id : state.banner()) {
            by.add(label(PivotSpecs.byId(survey, id)));
        }
        if (state.nest() != null) {
            by.add(label(PivotSpecs.byId(survey, state.nest())));
        }
        return by.isEmpty() ? question : text("outline.name.by", question, String.join(" / ", by));
    }

    /** A question as the outline names it: its id and its text ("Q2 部門間の業務連携状況"), or one of them. */
    static String label(Question q) {
        if (q == null) {
            return "";
        }
        String text = q.text() == null ? "" : q.text().strip();
        if (text.isEmpty() || text.equals(q.id()) || text.startsWith(q.id())) {
            return text.isEmpty() ? q.id() : text;
        }
        return q.id() + " " + text;
    }

    void rename(String id, String name) {
        int at = outline().indexOf(id);
        if (at < 0 || name == null || name.isBlank()) {
            return;
        }
        SavedEntry entry = outline().entries().get(at);
        if (!entry.name().equals(name.strip())) {
            outline().update(entry.withName(name.strip()));
        }
    }

    SavedEntry duplicate(String id) {
        int at = outline().indexOf(id);
        if (at < 0) {
            return null;
        }
        return outline().duplicate(id, text("outline.copyName", outline().entries().get(at).name()));
    }

    void remove(Collection<String> ids) {
        for (String id : List.copyOf(ids)) {
            outline().remove(id);
        }
    }

    /** Moves an entry by {@code by} places (Alt+Up: -1, Alt+Down: +1). */
    void move(String id, int by) {
        int at = outline().indexOf(id);
        if (at >= 0) {
            outline().move(at, at + by);
        }
    }

    /** Moves an entry to the place of another (a drag onto it). */
    void moveOnto(String id, String targetId) {
        int from = outline().indexOf(id);
        int to = outline().indexOf(targetId);
        if (from >= 0 && to >= 0) {
            outline().move(from, to);
        }
    }

    /**
     * Opens an entry in the workspace: its state in place as one undoable step, the band chart or the map shown,
     * and its note as the table's note when that table has none. Returns false (and says why) when the survey lacks
     * a question the entry uses.
     */
    boolean open(SavedEntry entry) {
        Survey survey = model.surveyProperty().get();
        if (survey == null) {
            return false;
        }
        PivotState state = entry.state();
        if (state.question() != null && PivotSpecs.byId(survey, state.question()) == null
                || entry.isMap() && !OutlineMaps.fits(survey, entry.map())) {
            model.reportError(text("outline.missing", entry.name()));
            return false;
        }
        current = null;
        WorkspaceModel workspace = model.workspace();
        PivotState before = workspace.state();
        if (!before.equals(state)) {
            workspace.reset(state);
            workspace.push(new OpenStep(workspace, entry.name(), before, state));
        }
        if (entry.isMap()) {
            model.chartViewProperty().set(MainViewModel.ChartView.MAP);
            OutlineMaps.show(model.map(), survey, entry.map());
        } else {
            model.chartViewProperty().set(MainViewModel.ChartView.BAND);
        }
        String shown = model.userNoteProperty().get();
        if (!entry.note().isEmpty() && (shown == null || shown.isEmpty())) {
            model.userNoteProperty().set(entry.note());
        }
        opened(entry);
        model.statusProperty().set(text("outline.restored", entry.name()));
        return true;
    }

    /** An entry opened: the workspace's state before and after, undone and redone as one step. */
    private record OpenStep(WorkspaceModel workspace, String name, PivotState before, PivotState after)
            implements CommandHistory.Step {
        @Override
        public String describe(Locale locale) {
            return Messages.get(locale, "outline.undo.open", name);
        }

        @Override
        public void undo() {
            workspace.reset(before);
        }

        @Override
        public void redo() {
            workspace.reset(after);
        }
    }

    private String text(String key, Object... args) {
        return Messages.get(model.localeProperty().get(), key, args);
    }
}
