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

    private Cli() {
    }

    /**
     * True when the arguments ask for the command line rather than the window: a sub-command, an option, or a
     * first word that is no file path (a typo such as {@code findigns}), which the command line answers with
     * "unknown command". An existing file, or a word that looks like a path (with a dot or a slash), opens the window.
     */
    public static boolean isCommand(String[] args) {
        if (args == null || args.length == 0 || args[0] == null) {
            return false;
        }
        String first = args[0];
        return commandNames().contains(first) || first.startsWith("-") || isUnknownWord(first);
    }

    /**
     * The sub-command names (with aliases), as the picocli command spec declares them: read from the annotations
     * once, not by building picocli's model of every command (which {@link #run} builds once for the command itself).
     */
    public static Set<String> commandNames() {
        return CommandNames.ALL;
    }

    private static final class CommandNames {
        /** Each sub-command name and alias, with the class of its command, in the order declared. */
        static final java.util.Map<String, Class<?>> TYPES = types();
        static final Set<String> ALL = java.util.Collections.unmodifiableSet(TYPES.keySet());

        private static java.util.Map<String, Class<?>> types() {
            java.util.Map<String, Class<?>> types = new java.util.LinkedHashMap<>();
            for (Class<?> type : SurveyPivotCommand.class.getAnnotation(CommandLine.Command.class).subcommands()) {
                CommandLine.Command command = type.getAnnotation(CommandLine.Command.class);
                types.put(command.name(), type);
                for (String alias : command.aliases()) {
                    types.put(alias, type);
                }
            }
            return types;
        }
    }

    /**
     * The command line for {@code args}: when the first word names a sub-command (other than help), the top command
     * with that one only (picocli builds a model of every command it holds); otherwise the whole command line.
     */
    static CommandLine commandLine(String[] args) {
        if (args != null && args.length > 0 && args[0] != null) {
            Class<?> type = CommandNames.TYPES.get(args[0]);
            if (type != null && type != CommandLine.HelpCommand.class) {
                return OneCommandRoot.holding(type);
            }
        }
        return new CommandLine(new SurveyPivotCommand());
    }

    /** A first word that is neither a command, nor an option, nor an existing file, nor anything like a path. */
    private static boolean isUnknownWord(String word) {
        return !word.isEmpty() && !word.startsWith("-") && !commandNames().contains(word)
                && word.indexOf('.') < 0 && word.indexOf('/') < 0 && word.indexOf('\\') < 0
                && !java.nio.file.Files.exists(java.nio.file.Path.of(word));
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
            CommandLine commandLine = commandLine(args);
            commandLine.setOut(outWriter);
            commandLine.setErr(errWriter);
            if (args != null && args.length > 0 && args[0] != null && isUnknownWord(args[0])) {
                errWriter.println(oneLine(Messages.get("launch.unknownCommand", ReadOutput.shown(args[0]),
                        String.join(", ", commandLine.getSubcommands().keySet()))));
                return USAGE_ERROR;
            }
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

    /**
     * The window cannot start here: no display (a server, an SSH session without X forwarding), or the toolkit
     * failed. Prints one line (no stack trace) to the error stream; returns the exit code.
     */
    public static int windowUnavailable(Throwable cause) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        err.println(oneLine(Messages.get(cause == null ? "launch.noDisplay" : "launch.windowFailed",
                cause == null ? "" : ReadOutput.shown(String.valueOf(cause.getMessage())))));
        err.flush();
        return INPUT_ERROR;
    }

    /**
     * Whether a window can open: on Linux and other X11/Wayland systems a display must be named ($DISPLAY or
     * $WAYLAND_DISPLAY); Windows and macOS always have one; a headless toolkit (Monocle) needs none.
     */
    public static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return !isBlank(System.getenv("DISPLAY")) || !isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Line breaks and tabs become spaces, so that an error is always one line. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
