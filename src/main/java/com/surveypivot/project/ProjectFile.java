package com.surveypivot.project;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.survey.edit.SurveyEdit;
import com.surveypivot.workspace.PivotState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A project as a value: everything a {@code .surveypivot} file holds. The source is named by its path (null: the
 * bundled sample) and its SHA-256 (so that a changed file is noticed); the survey is read again with the saved read
 * options and the edits are replayed in order; the workspace's state (not its commands), the report outline's
 * entries and the user's notes (by the window's note key) are put back.
 *
 * @param version     the file format's version ({@link #FORMAT_VERSION} when written by this build)
 * @param source      the survey file's path as saved, or null for the bundled sample
 * @param sourceHash  the survey file's SHA-256 as lower-case hex, or "" (the sample, or not known)
 * @param readOptions how the survey was read
 * @param edits       the survey edits in force, oldest first
 * @param state       the workspace's state
 * @param entries     the report outline's entries, in order
 * @param notes       the user's notes: note key → text
 * @param surveyTitle the survey's title when saved ("" not known): the window's note keys begin with it, so notes
 *                    follow the data to a file of another name
 */
public record ProjectFile(int version, String source, String sourceHash, ReadOptions readOptions,
        List<SurveyEdit> edits, PivotState state, List<SavedEntry> entries, Map<String, String> notes,
        String surveyTitle) {

    /** The format this build writes; files of a newer version are refused. */
    public static final int FORMAT_VERSION = 1;

    /** The file name extension, without the dot. */
    public static final String EXTENSION = "surveypivot";

    public ProjectFile {
        sourceHash = sourceHash == null ? "" : sourceHash;
        readOptions = readOptions == null ? ReadOptions.defaults() : readOptions;
        edits = List.copyOf(edits == null ? List.of() : edits);
        state = Objects.requireNonNull(state, "state");
        entries = List.copyOf(entries == null ? List.of() : entries);
        notes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notes == null ? Map.of() : notes));
        surveyTitle = surveyTitle == null ? "" : surveyTitle;
    }

    /** A project of this build's format version. */
    public static ProjectFile of(String source, String sourceHash, ReadOptions readOptions, List<SurveyEdit> edits,
            PivotState state, List<SavedEntry> entries, Map<String, String> notes) {
        return new ProjectFile(FORMAT_VERSION, source, sourceHash, readOptions, edits, state, entries, notes, "");
    }

    /** The same project, naming the survey's title as saved. */
    public ProjectFile withSurveyTitle(String title) {
        return new ProjectFile(version, source, sourceHash, readOptions, edits, state, entries, notes, title);
    }

    /** Whether the project is of the bundled sample rather than a file. */
    public boolean onSample() {
        return source == null;
    }

    /** The same project on another source (a project applied to another file, or a moved source located). */
    public ProjectFile withSource(String newSource, String newHash) {
        return new ProjectFile(version, newSource, newHash, readOptions, edits, state, entries, notes, surveyTitle);
    }

    /** Whether a file name is a project's (ends with {@code .surveypivot}, any case). */
    public static boolean isProjectName(String fileName) {
        return fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith("." + EXTENSION);
    }
}
