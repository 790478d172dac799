package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.project.ProjectFile;
import com.surveypivot.project.ProjectRestore;
import com.surveypivot.project.ProjectStore;
import com.surveypivot.project.RecoveryFiles;
import com.surveypivot.survey.edit.RenameQuestion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash loses nothing: {@link RecoveryProbe} runs the app's window in a JVM of its own (home, settings and recovery
 * folder in a temporary folder; autosave every second instead of every 30), makes unsaved work and is killed
 * (destroyForcibly) once its recovery file holds that work. The recovery file then gives back the whole pivot state,
 * the outline's entries, the notes and the survey edits, and restoring it on the sample gives the same state.
 */
class RecoveryProcessTest {
    @TempDir
    Path folder;

    @Test
    void killedWithUnsavedWorkTheRecoveryFileGivesItAllBack() throws Exception {
        Path recoveryDir = folder.resolve("recovery");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Xmx512m",
                "-D" + RecoveryFiles.DIR_PROPERTY + "=" + recoveryDir, "-D" + RecoveryTimer.PERIOD_PROPERTY + "=1",
                "-Duser.home=" + folder, "-Dsurveypivot.config=" + folder,
                "-Dsurveypivot.logDir=" + folder.resolve("logs")));
        for (String p : List.of("testfx.headless", "glass.platform", "monocle.platform", "prism.order", "prism.text",
                "java.awt.headless", "user.language", "file.encoding", "java.io.tmpdir")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of(RecoveryProbe.Main.class.getName(), folder.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("out.txt").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(folder.resolve("ready")) && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(Files.exists(folder.resolve("ready")), "the probe's work reached its recovery file; output:\n"
                    + Files.readString(folder.resolve("out.txt")));
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        assertFalse(process.isAlive());

        List<Path> left;
        try (Stream<Path> files = Files.list(recoveryDir)) {
            left = files.toList();
        }
        assertEquals(1, left.size(), "one recovery file, no temporary file: " + left);
        ProjectFile recovered = ProjectStore.read(left.get(0));
        ProjectFile expected = ProjectStore.read(folder.resolve("expected.surveypivot"));
        assertEquals(expected.state(), recovered.state(), "the whole pivot state");
        assertEquals(expected.entries(), recovered.entries(), "the outline's table and map");
        assertEquals(expected.notes(), recovered.notes());
        assertEquals(expected.edits(), recovered.edits());
        // and it is the work the probe made, not an empty workspace
        assertEquals(2, recovered.entries().size());
        assertTrue(recovered.entries().get(1).isMap());
        assertEquals(1, recovered.state().filters().size());
        assertEquals(2, recovered.state().chart().decimals(), "the change after the last outline change is there");
        assertTrue(recovered.notes().containsValue("A note written before the crash"), recovered.notes().toString());
        assertTrue(recovered.edits().get(0) instanceof RenameQuestion);
        assertTrue(recovered.onSample());

        ProjectRestore.Restored restored = ProjectRestore.restore(recovered,
                SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE), "");
        assertTrue(restored.mismatches().isEmpty(), restored.mismatches().toString());
        assertEquals(expected.state(), restored.state());
        assertEquals(expected.entries(), restored.entries());
        assertEquals(expected.edits(), restored.edits());
    }
}
