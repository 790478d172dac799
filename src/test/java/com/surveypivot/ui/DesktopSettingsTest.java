package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recent files and remembered values survive a restart; file dialogs start beside the survey. */
class DesktopSettingsTest {
    @TempDir
    Path folder;

    @Test
    void recentFilesNewestFirstOnceEachAtMostEight() {
        DesktopSettings settings = DesktopSettings.in(folder);
        for (int i = 0; i < 10; i++) {
            settings.addRecent(folder.resolve("s" + i + ".xlsx"));
        }
        settings.addRecent(folder.resolve("s5.xlsx"));
        List<Path> recent = DesktopSettings.in(folder).recentFiles();
        assertEquals(8, recent.size());
        assertEquals(folder.resolve("s5.xlsx").toAbsolutePath(), recent.get(0));
        assertEquals(folder.resolve("s9.xlsx").toAbsolutePath(), recent.get(1));
        assertEquals(1, recent.stream().filter(p -> p.getFileName().toString().equals("s5.xlsx")).count());
        assertTrue(Files.isRegularFile(folder.resolve("settings.properties")));
    }

    @Test
    void valuesAreKeptAndBadOnesFallBack() {
        DesktopSettings settings = DesktopSettings.in(folder);
        settings.putDouble("split.body", 0.4);
        settings.put("theme", "DARK");
        settings.put("window.width", "wide");
        settings.save();
        DesktopSettings again = DesktopSettings.in(folder);
        assertEquals(0.4, again.getDouble("split.body", 0.55));
        assertEquals("DARK", again.get("theme", "LIGHT"));
        assertEquals(1240, again.getDouble("window.width", 1240));
        assertEquals(0.55, DesktopSettings.inMemory().getDouble("split.body", 0.55));
    }

    @Test
    void configFolderCanBeOverridden() {
        String before = System.getProperty("surveypivot.config");
        try {
            System.setProperty("surveypivot.config", folder.toString());
            assertEquals(folder, DesktopSettings.configFolder());
        } finally {
            if (before == null) {
                System.clearProperty("surveypivot.config");
            } else {
                System.setProperty("surveypivot.config", before);
            }
        }
    }

    @Test
    void dialogsStartBesideTheOpenedSurveyNotInTheWorkingDirectory() throws Exception {
        Path surveys = Files.createDirectories(folder.resolve("surveys"));
        Path images = Files.createDirectories(folder.resolve("images"));
        Path survey = surveys.resolve("a.xlsx");
        String home = folder.toString();
        assertEquals(surveys.toFile(), StartFolder.forImage(null, survey, null, home));
        assertEquals(images.toFile(), StartFolder.forImage(images.toFile(), survey, null, home));
        assertEquals(folder.toFile(), StartFolder.forImage(null, null, null, home), "the sample: home");
        assertEquals(surveys.toFile(), StartFolder.of(null, survey, home));
        File chosen = images.toFile();
        assertEquals(chosen, StartFolder.of(chosen, survey, home), "open: the folder last chosen");
    }
}
