package com.surveypivot.cli;

import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The headless command line: {@code describe}, {@code crosstab}, {@code chart}, {@code notes} and {@code --version}.
 * Output is UTF-8 whatever the platform's encoding. Errors are one translated line on the error stream, never a
 * stack trace; exit code 0 on success, 1 for input errors (a file that cannot be read, an unknown question),
 * 2 for usage errors (an unknown option, a missing argument).
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INPUT_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    /** The sub-command names; {@link #isCommand} recognises them. */
    public static final Set<String> COMMANDS = Set.of("describe", "crosstab", "chart", "notes", "map", "export",
            "help");

    private Cli() {
    }

    /** True when the arguments ask for the command line rather than the window: a sub-command or an option. */
    public static boolean isCommand(String[] args) {
        return args != null && args.length > 0 && args[0] != null
                && (COMMANDS.contains(args[0]) || args[0].startsWith("-"));
    }

    /** Runs the command line on the process's own streams, writing UTF-8; returns the exit code. */
    public static int runWithSystemStreams(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        try {
            return run(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Runs one command line; everything goes to {@code out} and {@code err} as UTF-8. Returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            CommandLine commandLine = new CommandLine(new SurveyPivotCommand());
            commandLine.setOut(outWriter);
            commandLine.setErr(errWriter);
            commandLine.setParameterExceptionHandler(Cli::usageError);
            commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> inputError(e, cmd.getErr()));
            return commandLine.execute(args == null ? new String[0] : args);
        } catch (Throwable e) {
            return inputError(e, errWriter);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(Messages.get("cli.error.usage", oneLine(e.getMessage())));
        err.flush();
        return USAGE_ERROR;
    }

    private static int inputError(Throwable e, PrintWriter err) {
        String message;
        if (e instanceof LocalizedException localized) {
            message = localized.getLocalizedMessage();
        } else if (e instanceof OutOfMemoryError) {
            message = Messages.get("cli.error.memory");
        } else {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            message = Messages.get("cli.error.unexpected", oneLine(detail));
        }
        err.println(oneLine(message));
        err.flush();
        return INPUT_ERROR;
    }

    /** Line breaks and tabs become spaces, so that an error is always one line. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
