package com.surveypivot;

import com.surveypivot.cli.Cli;
import com.surveypivot.ui.SurveyPivotApp;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The main class of target/surveypivot.jar. A subcommand or an option ({@code describe}, {@code crosstab},
 * {@code chart}, {@code notes}, {@code map}, {@code --version}) or a word that is neither a command nor a file runs the
 * headless command line; nothing, or a file path, opens the window (or says in one line that there is no display). It is a plain class (not an Application) so that JavaFX starts from a fat jar.
 */
public final class Launcher {
    /** Kept strongly reachable so that the level set on it stays in force. */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        // JavaFX warns on every start from the class path ("Unsupported JavaFX configuration"): a supported setup
        // for a shaded jar, so the warning only alarms users (and would break one-line error output).
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        if (Cli.isCommand(args)) {
            System.exit(Cli.runWithSystemStreams(args));
        }
        if (!Cli.hasDisplay()) {
            System.exit(Cli.windowUnavailable(null));
        }
        try {
            SurveyPivotApp.main(args);
        } catch (RuntimeException | Error e) {
            System.exit(Cli.windowUnavailable(e));
        }
    }
}
