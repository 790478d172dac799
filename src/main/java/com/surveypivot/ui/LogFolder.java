package com.surveypivot.ui;

import com.surveypivot.i18n.Messages;
import com.surveypivot.io.DiagnosticLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;

/**
 * Help > Open Log Folder: shows the folder of the reader's log file (the technical side of a file that could not
 * be read) in the system's file manager: Explorer, Finder, or xdg-open on Linux. When no file manager starts, a
 * dialog gives the folder's path instead.
 */
final class LogFolder {
    /** Opens a folder on the desktop (tests replace it). */
    @FunctionalInterface
    interface Opener {
        void open(Path folder) throws IOException;
    }

    static Opener opener = LogFolder::openWithSystem;

    private LogFolder() {
    }

    /** The menu item, its text following the window's language. */
    static MenuItem menuItem(MainView view, UiText text) {
        MenuItem item = new MenuItem();
        item.setId("menuOpenLogFolder");
        item.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(text.locale().getValue(),
                "logs.menu"), text.locale()));
        item.setOnAction(e -> open(view, text.locale().getValue()));
        return item;
    }

    static void open(MainView view, Locale locale) {
        Path folder = DiagnosticLog.folder();
        try {
            folder = DiagnosticLog.createFolder();
            opener.open(folder);
        } catch (IOException | RuntimeException e) {
            Alert where = new Alert(Alert.AlertType.INFORMATION);
            if (view.getScene() != null) {
                where.initOwner(view.getScene().getWindow());
            }
            where.setTitle(Messages.get(locale, "logs.menu"));
            where.setHeaderText(null);
            where.setContentText(Messages.get(locale, "logs.where", folder.toAbsolutePath().toString()));
            where.getDialogPane().setId("logFolderDialog");
            where.show();
        }
    }

    private static void openWithSystem(Path folder) throws IOException {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String dir = folder.toAbsolutePath().toString();
        List<String> command = os.contains("win") ? List.of("explorer.exe", dir)
                : os.contains("mac") ? List.of("open", dir) : List.of("xdg-open", dir);
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
