package com.surveypivot.project;

import com.surveypivot.project.ProjectMismatches.Kind;
import com.surveypivot.survey.Survey;
import com.surveypivot.survey.edit.SurveyEdit;
import com.surveypivot.workspace.PivotState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts a project on a survey read from its source (or from another file with the same layout): replays the edits
 * in order (an edit that no longer fits is skipped and listed), then keeps from the workspace's state and the saved
 * entries what the edited survey has, listing what it does not. No toolkit here: the window and the command line
 * both use it.
 */
public final class ProjectRestore {

    /**
     * The project put on a survey.
     *
     * @param survey     the survey with the edits that fit made
     * @param edits      the edits made, in order (the project's, less those skipped)
     * @param state      the workspace's state, fitted; its question null when the survey lacks it
     * @param entries    the saved entries that still have their question, fitted
     * @param notes      the user's notes, as saved
     * @param mismatches what did not fit
     * @param sourceHash the SHA-256 of the file the survey was read from ("" for the sample, or not known)
     */
    public record Restored(Survey survey, List<SurveyEdit> edits, PivotState state, List<SavedEntry> entries,
            Map<String, String> notes, ProjectMismatches mismatches, String sourceHash) {
    }

    private ProjectRestore() {
    }

    /**
     * Restores a project on a survey read from a file whose SHA-256 is {@code sourceHash} ("" when not known, e.g.
     * the bundled sample: then the source is not reported as changed).
     */
    public static Restored restore(ProjectFile project, Survey read, String sourceHash) {
        ProjectMismatches.Collector missing = new ProjectMismatches.Collector();
        Survey survey = read;
        List<SurveyEdit> made = new ArrayList<>();
        for (SurveyEdit edit : project.edits()) {
            try {
                survey = edit.apply(survey);
                made.add(edit);
            } catch (RuntimeException e) { // an edit that does not fit throws IllegalArgumentException; any is skipped
                missing.add(Kind.EDIT, edit.targetId(), EditNames.kind(edit));
            }
        }
        StateFit fit = new StateFit(survey, missing);
        PivotState state = fit.fit(project.state());
        List<SavedEntry> entries = new ArrayList<>();
        for (SavedEntry entry : project.entries()) {
            PivotState fitted = fit.fit(entry.state());
            if (entry.isMap()) {
                MapSpec map = fit.fit(entry.map());
                if (map == null || fitted.attribute() == null) {
                    missing.add(Kind.ENTRY, "", entry.name());
                    continue;
                }
                entries.add(new SavedEntry(entry.id(), entry.name(), fitted, map, entry.note()));
            } else if (fitted.question() == null) {
                missing.add(Kind.ENTRY, "", entry.name());
            } else {
                entries.add(new SavedEntry(entry.id(), entry.name(), fitted, null, entry.note()));
            }
        }
        boolean changed = !project.sourceHash().isEmpty() && !sourceHash.isEmpty()
                && !project.sourceHash().equalsIgnoreCase(sourceHash);
        return new Restored(survey, List.copyOf(made), state, List.copyOf(entries), project.notes(),
                missing.result(changed), sourceHash);
    }
}
