package com.surveypivot.cli;

import static com.surveypivot.cli.CliTest.assertOneLineError;
import static com.surveypivot.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 on the command line: a typo for a command says "unknown command" with the commands picocli knows;
 * reader warnings go to stderr; {@code --verbose} adds the technical cause; {@code --encoding} overrides the
 * detected encoding; with no display the window says so in one line.
 */
class CliHostileInputTest {
    @TempDir
    Path dir;

    @Test
    void aTypoForACommandListsTheCommandsFromTheSpec() {
        CliTest.Run run = run("findigns", "sample");
        assertEquals(Cli.USAGE_ERROR, run.code());
        assertOneLineError(run);
        assertTrue(run.err().startsWith("Unknown command \"findigns\"; the commands are: "), run.err());
        for (String command : Cli.commandNames()) {
            assertTrue(run.err().contains(command), command + " missing in " + run.err());
        }
        for (String command : List.of("describe", "crosstab", "chart", "notes", "map")) {
            assertTrue(Cli.commandNames().contains(command), command);
        }
        assertTrue(Cli.isCommand(new String[] {"findigns"}));
        assertFalse(Cli.isCommand(new String[] {"survey.xlsx"}), "a path still opens the window");
        assertFalse(Cli.isCommand(new String[] {dir.toString()}), "an existing path still opens the window");
    }

    @Test
    void warningsGoToStderrAndTheResultToStdout() throws Exception {
        StringBuilder csv = new StringBuilder("Sex,Comment\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i % 2 == 0 ? "F" : "M").append(",comment ").append(i).append('\n');
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        bytes[csv.indexOf("comment 3")] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("stray.csv"), bytes);
        CliTest.Run run = run("describe", file.toString());
        assertEquals(Cli.OK, run.code(), run.err());
        assertTrue(run.out().contains("40 respondents"), run.out());
        assertEquals("stray.csv: 1 cells had bytes that are not valid UTF-8 text (lines 5); they show as \uFFFD.",
                run.err().strip());
    }

    @Test
    void verbosePrintsTheTechnicalCauseBeforeTheOneLineError() throws Exception {
        Path file = Files.writeString(dir.resolve("open.csv"), "Sex,Comment\nF,\"never closed\n" + "F,x\n".repeat(50));
        CliTest.Run plain = run("describe", file.toString());
        assertEquals(Cli.INPUT_ERROR, plain.code());
        assertOneLineError(plain);
        assertEquals("Cannot read the file open.csv: a quoted field that never ends at line 2", plain.err().strip());
        CliTest.Run verbose = run("describe", file.toString(), "--verbose");
        assertEquals(Cli.INPUT_ERROR, verbose.code());
        List<String> lines = verbose.err().lines().toList();
        assertTrue(lines.size() > 3, verbose.err());
        assertTrue(verbose.err().contains("Could not read open.csv")
                && verbose.err().contains("org.apache.commons.csv"), verbose.err());
        assertEquals(plain.err().strip(), lines.get(lines.size() - 1));
    }

    @Test
    void encodingOption() throws Exception {
        Path latin = Files.write(dir.resolve("latin.csv"), ("Drink,Sex\n" + "Café,F\nThé,M\n".repeat(10))
                .getBytes(StandardCharsets.ISO_8859_1));
        CliTest.Run run = run("describe", latin.toString(), "--encoding", "ISO-8859-1", "--format", "json");
        assertEquals(Cli.OK, run.code(), run.err());
        assertTrue(run.out().contains("Café") && run.out().contains("Thé"), run.out());
        CliTest.Run bad = run("describe", latin.toString(), "--encoding", "no-such-charset");
        assertEquals(Cli.USAGE_ERROR, bad.code());
        assertOneLineError(bad);
        assertTrue(bad.err().contains("unknown text encoding \"no-such-charset\""), bad.err());
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath, "-Dsurveypivot.logDir=" + dir, "-Duser.language=en", "com.surveypivot.Launcher"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher did not stop");
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8).strip();
        assertEquals(Cli.INPUT_ERROR, process.exitValue(), err);
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("The window cannot open: no display is available"), err);
    }
}
