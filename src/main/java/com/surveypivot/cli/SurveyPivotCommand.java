package com.surveypivot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command: {@code surveypivot [--version] COMMAND ...}. */
@Command(name = "surveypivot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Crosstabs, band charts and notes for survey exports (.xlsx).",
        subcommands = {DescribeCommand.class, CrosstabCommand.class, ChartCommand.class, NotesCommand.class,
                MapCommand.class, FindingsCommand.class, WeightCommand.class, TextCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
final class SurveyPivotCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), com.surveypivot.i18n.Messages.get("cli.error.noCommand"));
    }
}
