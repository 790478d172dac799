package com.surveypivot.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link FileDialogs} through JavaFX's FileChooser; remembers the last folder. */
final class SystemFileDialogs implements FileDialogs {
    private final UiText text;
    private final MainViewModel model;
    private File lastFolder;
    private File lastImageFolder;

    SystemFileDialogs(UiText text, MainViewModel model) {
        this.text = text;
        this.model = model;
    }

    @Override
    public Optional<Path> chooseSurvey(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("dialog.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("dialog.open.surveys"), "*.xlsx", "*.xlsm", "*.xls", "*.csv",
                        "*.tsv"),
                new FileChooser.ExtensionFilter(text.get("dialog.open.all"), "*.*"));
        start(chooser, StartFolder.of(lastFolder, model.fileProperty().get(), System.getProperty("user.home")));
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseImageTarget(Window owner, String defaultName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("dialog.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("dialog.save.png"), "*.png"));
        chooser.setInitialFileName(defaultName);
        // beside the survey the chart comes from, unless a folder was chosen for images since
        start(chooser, StartFolder.forImage(lastImageFolder, model.fileProperty().get(), lastFolder,
                System.getProperty("user.home")));
        Optional<Path> chosen = remember(chooser.showSaveDialog(owner));
        chosen.ifPresent(p -> lastImageFolder = p.toAbsolutePath().getParent().toFile());
        return chosen;
    }

    /** Starts a dialog in a folder (never the working directory the app happened to start in). */
    private static void start(FileChooser chooser, File folder) {
        if (folder != null) {
            chooser.setInitialDirectory(folder);
        }
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
