package com.surveypivot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The command names read from the annotations are the ones picocli's full model of the command line has. */
class CommandNamesTest {

    @Test
    void sameNamesAsPicocliInTheSameOrder() {
        assertEquals(List.copyOf(new CommandLine(new SurveyPivotCommand()).getSubcommands().keySet()),
                List.copyOf(Cli.commandNames()));
    }
}
