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
}
