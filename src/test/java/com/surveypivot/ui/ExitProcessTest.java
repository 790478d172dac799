package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The process ends after Save Chart Image and then File > Exit or the window's close button (chart rendering turns
 * JavaFX's implicit exit off, which used to leave the process running with no window). Runs {@link ExitProbe} in a
 * JVM of its own (headless Monocle) and waits for it to end.
 */
class ExitProcessTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"menu", "close"})
    void theProcessEndsAfterSavingAChartImage(String how) throws Exception {
        Path image = folder.resolve("chart.png");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Xmx512m"));
        for (String p : List.of("testfx.headless", "glass.platform", "monocle.platform", "prism.order", "prism.text",
                "java.awt.headless", "user.language", "file.encoding", "java.io.tmpdir", "user.home",
                "surveypivot.logDir")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of(ExitProbe.Main.class.getName(), how, image.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("out.txt").toFile()).start();
        boolean ended = process.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(folder.resolve("out.txt"));
        assertTrue(ended, "the process ended by itself after " + how + "; output:\n" + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(Files.size(image) > 1000, "the chart image was saved first");
        assertTrue(Files.readString(folder.resolve("settings.properties")).contains("window.width="),
                "the window's size was remembered on the way out");
        assertTrue(new File(folder.toFile(), "settings.properties").isFile());
    }
}
