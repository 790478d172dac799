package com.surveypivot.ui;

import com.surveypivot.export.ExportException;
import com.surveypivot.project.ProjectFile;
import com.surveypivot.project.ProjectStore;
import com.surveypivot.project.RecoveryFiles;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Autosave: while there is unsaved work, the window's project is written to this process's recovery file every
 * {@link #periodSeconds()} seconds (when something changed since the last write) and at once on every change of
 * the report outline. The snapshot is taken on the JavaFX thread (immutable values); the file is written in the
 * background, through a temporary file and an atomic move. A save or a clean exit removes it.
 */
final class RecoveryTimer {
    /** The system property that shortens the period (tests); the default is 30 s, twice a minute. */
    static final String PERIOD_PROPERTY = "surveypivot.recoverySeconds";
    private final MainViewModel model;
    private final ProjectSession session;
    private final Path file;
    private final Timeline timeline;
    private long written = -1;
    private boolean writing;
    private boolean again;

    RecoveryTimer(MainViewModel model, Path file) {
        this.model = model;
        this.session = model.project();
        this.file = file;
        this.timeline = new Timeline(new KeyFrame(Duration.seconds(periodSeconds()), e -> tick()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        session.onOutlineChange(this::writeNow);
        session.dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                RecoveryFiles.remove(file);
                written = -1;
            }
        });
    }

    static double periodSeconds() {
        try {
            double seconds = Double.parseDouble(System.getProperty(PERIOD_PROPERTY, "30"));
            return seconds > 0 && seconds <= 60 ? seconds : 30;
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    void start() {
        timeline.play();
    }

    void stop() {
        timeline.stop();
    }

    private void tick() {
        if (session.dirtyProperty().get() && session.changeCount() != written) {
            writeNow();
        }
    }

    /** Writes the recovery file now (when there is unsaved work); a write asked for during one follows it. */
    void writeNow() {
        if (!session.dirtyProperty().get()) {
            return;
        }
        if (writing) {
            again = true;
            return;
        }
        writing = true;
        long mark = session.changeCount();
        ProjectFile snapshot = session.snapshot();
        Path source = model.fileProperty().get();
        Task<Void> write = new Task<>() {
            @Override
            protected Void call() throws ExportException {
                ProjectStore.write(snapshot, file, source);
                return null;
            }
        };
        write.setOnSucceeded(e -> done(mark));
        write.setOnFailed(e -> done(written));
        model.executor().execute(write);
    }

    private void done(long mark) {
        writing = false;
        written = mark;
        if (!session.dirtyProperty().get()) {
            RecoveryFiles.remove(file); // saved while the write ran
        } else if (again) {
            again = false;
            writeNow();
        }
    }
}
