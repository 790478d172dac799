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
    private File lastFolder;

    SystemFileDialogs(UiText text) {
        this.text = text;
    }

    @Override
    public Optional<Path> chooseSurvey(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("dialog.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text.get("dialog.open.surveys"), "*.xlsx", "*.xlsm", "*.xls", "*.csv",
                        "*.sav", "*.zsav"),
                new FileChooser.ExtensionFilter(text.get("dialog.open.all"), "*.*"));
        folder(chooser);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseImageTarget(Window owner, String defaultName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("dialog.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.get("dialog.save.png"), "*.png"));
        chooser.setInitialFileName(defaultName);
        folder(chooser);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<ChartImageTarget> chooseChartImage(Window owner, String defaultName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("dialog.save.title"));
        ChartImageFilters filters = new ChartImageFilters(text.locale().getValue());
        chooser.getExtensionFilters().setAll(filters.all());
        chooser.setSelectedExtensionFilter(filters.all().get(1));
        chooser.setInitialFileName(defaultName);
        folder(chooser);
        return remember(chooser.showSaveDialog(owner)).map(file -> filters.target(file,
                chooser.getSelectedExtensionFilter()));
    }

    @Override
    public Optional<Path> chooseExportTarget(Window owner, String defaultName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(text.locale().getValue(), "book.ui.dialog.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get(text.locale().getValue(), "book.ui.dialog." + extension), "*." + extension));
        chooser.setInitialFileName(defaultName);
        folder(chooser);
        return remember(chooser.showSaveDialog(owner));
    }

    private void folder(FileChooser chooser) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
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
