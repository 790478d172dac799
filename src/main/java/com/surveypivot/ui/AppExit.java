package com.surveypivot.ui;

import javafx.application.Platform;

/**
 * Ends the app. Chart rendering turns the platform's implicit exit off ({@code Platform.setImplicitExit(false)}),
 * so closing the last window no longer ends JavaFX by itself: Exit and the window's close button call
 * {@link Platform#exit()} themselves; {@link SurveyPivotApp#main} then ends the process.
 */
final class AppExit {
    private AppExit() {
    }

    static void exit() {
        Platform.exit();
    }
}
