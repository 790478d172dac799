package com.surveypivot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top command as {@link SurveyPivotCommand} declares it (name, standard help and version options), holding only
 * the one sub-command a command line names, so that picocli builds the model of that command alone: the others'
 * options, converters and classes are never loaded ({@link Cli#commandLine}).
 */
@Command(name = "surveypivot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Crosstabs, band charts and notes for survey exports (.xlsx).")
final class OneCommandRoot implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new IllegalStateException("a sub-command is always named"); // never run: built only for one
    }

    /** A command line of the top command with the sub-command of class {@code type} only. */
    static CommandLine holding(Class<?> type) {
        CommandLine root = new CommandLine(new OneCommandRoot());
        Command command = type.getAnnotation(Command.class);
        root.addSubcommand(command.name(), new CommandLine(type), command.aliases());
        return root;
    }
}
