package com.surveypivot.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Answers the file choosers with fixed paths and remembers the offered image name. */
final class FakeFileDialogs implements FileDialogs {
    private final Path survey;
    private final Path image;
    String offeredImageName;
    /** What the export chooser answers (null: the user cancels), and the name it was offered. */
    Path exportTarget;
    String offeredExportName;
    /** What the folder chooser answers (null: the user cancels). */
    Path folder;

    FakeFileDialogs(Path survey, Path image) {
        this.survey = survey;
        this.image = image;
    }

    /** What the project chooser answers (null: the survey chooser's answer), and the located source. */
    Path project;
    Path located;

    @Override
    public Optional<Path> chooseSurvey(Window owner) {
        return Optional.ofNullable(survey);
    }

    @Override
    public Optional<Path> chooseProject(Window owner) {
        return Optional.ofNullable(project != null ? project : survey);
    }

    @Override
    public Optional<Path> locateSource(Window owner, String savedPath) {
        return Optional.ofNullable(located);
    }

    @Override
    public Optional<Path> chooseImageTarget(Window owner, String defaultName) {
        offeredImageName = defaultName;
        return Optional.ofNullable(image);
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String defaultName, String extension) {
        offeredExportName = defaultName;
        return Optional.ofNullable(exportTarget);
    }

    @Override
    public Optional<Path> chooseFolder(Window owner, String title) {
        return Optional.ofNullable(folder);
    }
}
