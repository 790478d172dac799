package com.surveypivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's contract: version, exit codes, one-line errors with no stack trace. */
class CliTest {

    /** What one run printed and returned. */
    record Run(int code, String out, String err, byte[] outBytes) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }

    static void assertOneLineError(Run run) {
        String err = run.err().strip();
        assertFalse(err.isEmpty(), "an error message");
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("at com."), err);
    }

    @Test
    void versionPrintsTheProductAndItsVersion() {
        Run run = run("--version");
        assertEquals(0, run.code());
        assertTrue(run.out().strip().matches("SurveyPivot \\d+\\.\\d+\\.\\d+.*"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void recognisesCommandsAndOptionsButNotFiles() {
        assertTrue(Cli.isCommand(new String[] {"describe", "x.xlsx"}));
        assertTrue(Cli.isCommand(new String[] {"crosstab"}));
        assertTrue(Cli.isCommand(new String[] {"--version"}));
        assertTrue(Cli.isCommand(new String[] {"-h"}));
        assertFalse(Cli.isCommand(new String[] {"survey.xlsx"}));
        assertFalse(Cli.isCommand(new String[] {}));
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("crosstab", "sample", "--question", "Q2", "--by", "Q1", "--bogus");
        assertEquals(2, run.code());
        assertOneLineError(run);
        assertTrue(run.err().contains("--bogus"), run.err());
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        Run run = run("notes", "sample", "--question", "Q2");
        assertEquals(2, run.code());
        assertOneLineError(run);
        assertTrue(run.err().contains("--by"), run.err());
    }

    @Test
    void badFormatValueIsAUsageError() {
        Run run = run("describe", "sample", "--format", "xml");
        assertEquals(2, run.code());
        assertOneLineError(run);
    }

    @Test
    void badMultiSetIsAUsageError() {
        Run run = run("crosstab", "sample", "--question", "H", "--by", "Sex", "--multi", "no-equals-sign");
        assertEquals(2, run.code());
        assertOneLineError(run);
        assertTrue(run.err().contains("NAME=COLUMN"), run.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Run run = run("--frobnicate");
        assertEquals(2, run.code());
        assertOneLineError(run);
    }

    @Test
    void missingFileIsAnInputError() {
        Run run = run("describe", "/no/such/dir/survey.xlsx", "--format", "json");
        assertEquals(1, run.code());
        assertOneLineError(run);
        assertEquals("File not found: /no/such/dir/survey.xlsx", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void helpListsTheCommands() {
        Run run = run("--help");
        assertEquals(0, run.code());
        for (String command : new String[] {"describe", "crosstab", "chart", "notes"}) {
            assertTrue(run.out().contains(command), run.out());
        }
    }
}
