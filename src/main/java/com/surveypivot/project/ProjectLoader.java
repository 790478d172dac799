package com.surveypivot.project;

import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens a project on its data, headless: finds the source (as saved, else a file of the same name beside the project
 * file), hashes it (streamed, only read), reads it with the saved read options and restores the project on it. The
 * window and the command line both use it; the window asks the user where a moved source is and passes it in.
 */
public final class ProjectLoader {
    private ProjectLoader() {
    }

    /**
     * The project's source as saved when it exists, else a file of the same name in the project file's folder;
     * empty when neither exists (or for the bundled sample).
     */
    public static Optional<Path> findSource(ProjectFile project, Path projectFile) {
        if (project.onSample()) {
            return Optional.empty();
        }
        Path saved;
        try {
            saved = Path.of(project.source());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (Files.isRegularFile(saved)) {
            return Optional.of(saved);
        }
        Path folder = projectFile == null ? null : projectFile.toAbsolutePath().getParent();
        Path name = saved.getFileName();
        if (folder != null && name != null && Files.isRegularFile(folder.resolve(name.toString()))) {
            return Optional.of(folder.resolve(name.toString()));
        }
        return Optional.empty();
    }

    /**
     * Reads {@code data} (null: the bundled sample) with the project's read options and restores the project on it.
     * With {@code otherFile} the data is another file (the project applied to it): its content is then not compared
     * with the saved hash.
     */
    public static ProjectRestore.Restored load(ProjectFile project, Path data, boolean otherFile,
            ReadProgress progress) throws LocalizedException {
        if (data == null) {
            Survey sample = SurveyReader.readSample(project.readOptions(), progress);
            return ProjectRestore.restore(project, sample, "");
        }
        String hash;
        try {
            hash = SourceHash.of(data, progress::isCancelled);
        } catch (IOException e) {
            throw new LocalizedException(e, "project.error.sourceUnreadable", data);
        } catch (java.util.concurrent.CancellationException e) {
            throw new LocalizedException(e, "io.cancelled");
        }
        Survey survey = SurveyReader.read(data, project.readOptions(), progress);
        ProjectRestore.Restored restored = ProjectRestore.restore(project, survey, otherFile ? "" : hash);
        return new ProjectRestore.Restored(restored.survey(), restored.edits(), restored.state(), restored.entries(),
                restored.notes(), restored.mismatches(), hash);
    }
}
