package com.surveypivot.ui;

import com.surveypivot.export.ExportException;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.SurveyReadException;
import com.surveypivot.project.ProjectFile;
import com.surveypivot.project.ProjectLoader;
import com.surveypivot.project.ProjectRestore;
import com.surveypivot.project.ProjectStore;
import com.surveypivot.project.SourceHash;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotState;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * The window's project: the {@code .surveypivot} file it was opened from or saved to (none yet: untitled), whether
 * there is unsaved work (the workspace's history, which holds pivot, survey and note steps, or the report outline
 * changed since the last save or open), and the steps of saving and opening one. Reading (the project file, the
 * source's SHA-256, the survey) runs in the background with the loader's progress and Cancel; the state, edits,
 * notes and outline are put back on the JavaFX thread. No controls here: {@link ProjectActions} asks the user.
 */
public final class ProjectSession {

    /** What the window asks or tells the user while a project opens (tests and the headless model answer directly). */
    interface Asker {
        /** Where the project's survey file went; empty: the user gave up. */
        Optional<Path> locateSource(String savedPath);

        /** What of the project did not match the data, one line each. */
        void mismatches(List<String> lines);
    }

    private final MainViewModel model;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final StringBinding title;
    private Asker asker = new Asker() {
        @Override
        public Optional<Path> locateSource(String savedPath) {
            return Optional.empty();
        }

        @Override
        public void mismatches(List<String> lines) {
        }
    };
    private long savedHistory;
    private long outlineRevision;
    private long savedOutline;
    private boolean unsavedRecovery;
    private boolean restoring;
    private ReadOptions readOptions = ReadOptions.defaults();
    private String sourceHash = "";
    private String chosenSheet;
    private final List<Runnable> changeListeners = new java.util.ArrayList<>();

    ProjectSession(MainViewModel model) {
        this.model = model;
        model.workspace().history().addListener(this::refresh);
        model.outline().addListener(() -> {
            outlineRevision++;
            refresh();
            if (!restoring) {
                changeListeners.forEach(Runnable::run);
            }
        });
        model.openedProperty().addListener((obs, old, n) -> {
            if (!restoring) { // a data file (not a project) was opened: a new, untitled piece of work
                file.set(null);
                readOptions = ReadOptions.defaults().withSheet(chosenSheet);
                sourceHash = "";
                unsavedRecovery = false;
                restoring = true;
                try {
                    model.outline().replaceAll(List.of());
                } finally {
                    restoring = false;
                }
                hashSource();
            }
            chosenSheet = null;
            markSaved();
        });
        title = Bindings.createStringBinding(this::titleText, file, dirty, model.surveyProperty());
    }

    void setAsker(Asker asker) {
        this.asker = asker;
    }

    /** Runs when the report outline changes (the recovery file is written then). */
    void onOutlineChange(Runnable listener) {
        changeListeners.add(listener);
    }

    // ---- the project as a value

    /** The window's work as a project file's content (call on the JavaFX thread; cheap: the values are immutable). */
    public ProjectFile snapshot() {
        Path source = model.fileProperty().get();
        Survey survey = model.surveyProperty().get();
        return ProjectFile.of(source == null ? null : source.toAbsolutePath().toString(), sourceHash, readOptions,
                model.editor().applied(), model.workspace().state(), model.outline().entries(),
                model.noteBook().snapshot()).withSurveyTitle(survey == null ? "" : survey.title());
    }

    /**
     * The sheet the user chose for the file being opened (null: the reader finds the respondent table), kept in the
     * project's read options once it is shown; an automatic choice is not pinned, so that the next wave's workbook
     * is read the same way.
     */
    void sheetChosen(String sheet) {
        chosenSheet = sheet;
    }

    // ---- saving

    /** Writes the project to {@code target} (temporary file, atomic move) and makes it the window's project file. */
    public void save(Path target) throws ExportException {
        ProjectStore.write(snapshot(), target, model.fileProperty().get());
        file.set(target);
        unsavedRecovery = false;
        markSaved();
    }

    /** Grows with every change of the work (history steps, outline changes); the recovery file follows it. */
    long changeCount() {
        return model.workspace().history().revision() + outlineRevision;
    }

    /** The work as it is now counts as saved. */
    void markSaved() {
        savedHistory = model.workspace().history().revision();
        savedOutline = outlineRevision;
        refresh();
    }

    private void refresh() {
        dirty.set(unsavedRecovery || model.workspace().history().revision() != savedHistory
                || outlineRevision != savedOutline);
    }

    // ---- opening

    /**
     * Opens a project file: read in the background; its survey file found (as saved, beside the project, or where
     * the user says it went), hashed and read with the saved options; the edits, state, notes and outline put back.
     * The returned task reads the project file; the survey is read by the loader after it.
     */
    public Task<Survey> open(Path projectFile) {
        return openFile(projectFile, false, () -> { });
    }

    /** Opens a recovery file: the work comes back unsaved and untitled; {@code shown} runs once it is back. */
    Task<Survey> openRecovery(Path recoveryFile, Runnable shown) {
        return openFile(recoveryFile, true, shown);
    }

    private Task<Survey> openFile(Path projectFile, boolean recovery, Runnable shown) {
        AtomicReference<ProjectFile> read = new AtomicReference<>();
        Task<Survey> task = new Task<>() {
            @Override
            protected Survey call() throws LocalizedException {
                read.set(ProjectStore.read(projectFile));
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            ProjectFile project = read.get();
            Optional<Path> source = ProjectLoader.findSource(project, projectFile);
            if (source.isEmpty() && !project.onSample()) {
                source = asker.locateSource(project.source());
                if (source.isEmpty()) {
                    model.statusProperty().set(text("status.notOpened", projectFile.getFileName()));
                    return;
                }
            }
            restore(project, source.orElse(null), recovery ? null : projectFile, false, recovery, shown);
        });
        task.setOnFailed(e -> model.reportError(model.messageOf(task.getException())));
        model.executor().execute(task);
        return task;
    }

    /** Applies the window's project to another survey file of the same layout (the next wave). */
    public Task<Survey> applyTo(Path data) {
        return restore(snapshot(), data, null, true, true, () -> { });
    }

    private Task<Survey> restore(ProjectFile project, Path data, Path projectFile, boolean otherFile,
            boolean unsaved, Runnable shown) {
        AtomicReference<ProjectRestore.Restored> result = new AtomicReference<>();
        Task<Survey> task = model.loadThen(progress -> {
            try {
                ProjectRestore.Restored restored = ProjectLoader.load(project, data, otherFile, progress);
                result.set(restored);
                return restored.survey();
            } catch (SurveyReadException e) {
                throw e;
            } catch (LocalizedException e) {
                throw new SurveyReadException(e, e.key(), e.args());
            }
        }, data, () -> {
            show(result.get(), project.readOptions(), projectFile, unsaved, project.surveyTitle());
            shown.run();
        });
        // before the loader shows the survey: it is a project's, not a new piece of work
        task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> restoring = true);
        return task;
    }

    /**
     * Puts a restored project in the window: its survey (when the loader has not just shown it), the edits in force,
     * the state (its table computed), the notes and the outline; {@code projectFile} becomes the window's project
     * (null: untitled), and {@code unsaved} keeps the work marked unsaved (a recovery, a project applied elsewhere).
     */
    public void show(ProjectRestore.Restored restored, ReadOptions options, Path projectFile, boolean unsaved) {
        show(restored, options, projectFile, unsaved, "");
    }

    private void show(ProjectRestore.Restored restored, ReadOptions options, Path projectFile, boolean unsaved,
            String savedTitle) {
        restoring = true;
        try {
            if (model.surveyProperty().get() != restored.survey()) {
                model.setSurvey(restored.survey());
            }
            model.editor().restored(restored.edits());
            PivotState state = restored.state();
            if (state.question() == null) {
                state = state.withQuestion(model.workspace().state().question());
            }
            model.showSurveyState(restored.survey(), state);
            model.noteBook().restore(NoteKeys.retitled(restored.notes(), savedTitle, restored.survey().title()));
            model.outline().replaceAll(restored.entries());
        } finally {
            restoring = false;
        }
        readOptions = options;
        sourceHash = restored.sourceHash();
        file.set(projectFile);
        unsavedRecovery = unsaved;
        markSaved();
        List<String> lines = restored.mismatches().lines(model.localeProperty().get());
        if (!lines.isEmpty()) {
            model.statusProperty().set(lines.get(0));
            asker.mismatches(lines);
        }
    }

    /** Hashes the newly opened data file in the background (kept for the next save). */
    private void hashSource() {
        Path source = model.fileProperty().get();
        if (source == null) {
            return;
        }
        Task<String> hash = new Task<>() {
            @Override
            protected String call() throws Exception {
                return SourceHash.of(source, this::isCancelled);
            }
        };
        hash.setOnSucceeded(e -> {
            if (source.equals(model.fileProperty().get())) {
                sourceHash = hash.getValue();
            }
        });
        model.executor().execute(hash);
    }

    // ---- what the window shows

    private String titleText() {
        Path project = file.get();
        Survey survey = model.surveyProperty().get();
        String name = project != null ? String.valueOf(project.getFileName()) : survey == null ? null : survey.title();
        String base = name == null ? "SurveyPivot" : "SurveyPivot — " + name;
        return dirty.get() ? base + " *" : base;
    }

    /** The window's title: the project's name (or the survey's), and {@code *} while there is unsaved work. */
    public StringBinding titleBinding() {
        return title;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    String text(String key, Object... args) {
        return Messages.get(model.localeProperty().get(), "project." + key, args);
    }
}
