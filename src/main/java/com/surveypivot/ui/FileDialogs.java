package com.surveypivot.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for files; the window uses the system's file chooser, tests answer directly. */
public interface FileDialogs {

    /** A survey file to open. */
    Optional<Path> chooseSurvey(Window owner);

    /** Where to save the chart image, offering {@code defaultName}. */
    Optional<Path> chooseImageTarget(Window owner, String defaultName);

    /** Where and as what (PNG 1×/2×/3×, SVG) to save the chart image; by default from the chosen file's name. */
    default Optional<ChartImageTarget> chooseChartImage(Window owner, String defaultName) {
        return chooseImageTarget(owner, defaultName).map(ChartImageTarget::of);
    }

    /** Where to write an export, offering {@code defaultName}; {@code extension} without the dot (xlsx, pptx, csv). */
    Optional<Path> chooseExportTarget(Window owner, String defaultName, String extension);

    /** A project file to open; by default the survey chooser (which lists every file). */
    default Optional<Path> chooseProject(Window owner) {
        return chooseSurvey(owner);
    }

    /** Where to save a project, offering {@code defaultName}; by default the export chooser for .surveypivot. */
    default Optional<Path> chooseProjectTarget(Window owner, String defaultName) {
        return chooseExportTarget(owner, defaultName, com.surveypivot.project.ProjectFile.EXTENSION);
    }

    /** Where the survey file of a project went (it is not at {@code savedPath}); by default the survey chooser. */
    default Optional<Path> locateSource(Window owner, String savedPath) {
        return chooseSurvey(owner);
    }

    /** A folder to write several files into (the images or CSV files of report entries). */
    default Optional<Path> chooseFolder(Window owner, String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }
}
