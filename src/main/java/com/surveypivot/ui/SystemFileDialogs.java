package com.surveypivot.ui;

import com.surveypivot.i18n.Messages;
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
        return open(owner, text.get("dialog.open.title"), new FileChooser.ExtensionFilter(
                text.get("dialog.open.surveys"), "*.xlsx", "*.xlsm", "*.xls", "*.csv", "*.tsv", "*.sav", "*.zsav"));
    }

    /** An open dialog with a filter and "all files", in the folder chosen last (else the survey's, else home). */
    private Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter filter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filter,
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
        return saveTo(chooser, owner);
    }

    @Override
    public Optional<ChartImageTarget> chooseChartImage(Window owner, String defaultName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("dialog.save.title"));
        ChartImageFilters filters = new ChartImageFilters(text.locale().getValue());
        chooser.getExtensionFilters().setAll(filters.all());
        chooser.setSelectedExtensionFilter(filters.all().get(1));
        chooser.setInitialFileName(defaultName);
        return saveTo(chooser, owner).map(file -> filters.target(file, chooser.getSelectedExtensionFilter()));
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String defaultName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(text.locale().getValue(), "book.ui.dialog.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get(text.locale().getValue(), "book.ui.dialog." + extension), "*." + extension));
        chooser.setInitialFileName(defaultName);
        return saveTo(chooser, owner);
    }

    @Override
    public Optional<Path> chooseProject(Window owner) {
        return open(owner, ProjectActions.text(model, "dialog.open"), projectFilter());
    }

    @Override
    public Optional<Path> chooseProjectTarget(Window owner, String defaultName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ProjectActions.text(model, "dialog.save"));
        chooser.getExtensionFilters().add(projectFilter());
        chooser.setInitialFileName(defaultName);
        return saveTo(chooser, owner);
    }

    @Override
    public Optional<Path> locateSource(Window owner, String savedPath) {
        FileChooser chooser = new FileChooser();
        Path saved = Path.of(savedPath);
        chooser.setTitle(ProjectActions.text(model, "dialog.locate", saved.getFileName()));
        chooser.setInitialFileName(String.valueOf(saved.getFileName()));
        start(chooser, StartFolder.of(lastFolder, null, System.getProperty("user.home")));
        return remember(chooser.showOpenDialog(owner));
    }

    private FileChooser.ExtensionFilter projectFilter() {
        return new FileChooser.ExtensionFilter(ProjectActions.text(model, "dialog.files"),
                "*." + com.surveypivot.project.ProjectFile.EXTENSION);
    }

    /** A save dialog beside the survey the output comes from, unless a folder was chosen for outputs since. */
    private Optional<Path> saveTo(FileChooser chooser, Window owner) {
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
