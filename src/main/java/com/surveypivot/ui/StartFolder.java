package com.surveypivot.ui;

import java.io.File;
import java.nio.file.Path;

/** Where a file dialog starts: the folder last chosen, else the opened survey's folder, else the home folder. */
final class StartFolder {
    private StartFolder() {
    }

    static File of(File lastChosen, Path openedFile, String home) {
        if (lastChosen != null && lastChosen.isDirectory()) {
            return lastChosen;
        }
        if (openedFile != null) {
            Path parent = openedFile.toAbsolutePath().getParent();
            if (parent != null && parent.toFile().isDirectory()) {
                return parent.toFile();
            }
        }
        File h = home == null ? null : new File(home);
        return h != null && h.isDirectory() ? h : null;
    }

    /** Where the image dialog starts: the folder images were last saved in, else the opened survey's folder, else
     * the folder last chosen, else the home folder. */
    static File forImage(File lastImageFolder, Path openedFile, File lastChosen, String home) {
        if (lastImageFolder != null && lastImageFolder.isDirectory()) {
            return lastImageFolder;
        }
        File besideSurvey = of(null, openedFile, null);
        return besideSurvey != null ? besideSurvey : of(lastChosen, null, home);
    }
}
