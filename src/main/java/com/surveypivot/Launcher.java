package com.surveypivot;

import com.surveypivot.cli.Cli;
import com.surveypivot.launch.FastStart;
import com.surveypivot.ui.SurveyPivotApp;
import java.util.OptionalInt;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The main class of target/surveypivot.jar. A subcommand or an option ({@code describe}, {@code crosstab},
 * {@code chart}, {@code notes}, {@code map}, {@code --version}) or a word that is neither a command nor a file runs the
 * headless command line; nothing, or a file path, opens the window (or says in one line that there is no display). It
 * is a plain class (not an Application) so that JavaFX starts from a fat jar. Started as {@code java -jar}, the window
 * runs in a second JVM with start-up options a jar cannot carry ({@link FastStart}).
 */
public final class Launcher {
    /** Kept strongly reachable so that the level set on it stays in force. */
    private static Logger javafxLogger;

    private Launcher() {
    }

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            quietJavaFx();
            System.exit(Cli.runWithSystemStreams(args));
        }
        if (!Cli.hasDisplay()) {
            System.exit(Cli.windowUnavailable(null));
        }
        OptionalInt fastStart = FastStart.run(Launcher.class.getName(), args);
        if (fastStart.isPresent()) {
            System.exit(fastStart.getAsInt());
        }
        quietJavaFx();
        try {
            SurveyPivotApp.main(args);
        } catch (RuntimeException | Error e) {
            System.exit(Cli.windowUnavailable(e));
        }
    }

    /**
     * JavaFX warns on every start from the class path ("Unsupported JavaFX configuration"): a supported setup for a
     * shaded jar, so the warning only alarms users (and would break one-line error output). Not done before a fast
     * start: java.util.logging costs its launcher 20 ms.
     */
    private static void quietJavaFx() {
        javafxLogger = Logger.getLogger("javafx");
        javafxLogger.setLevel(Level.SEVERE);
    }
}
