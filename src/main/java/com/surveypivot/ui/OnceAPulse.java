package com.surveypivot.ui;

import javafx.application.Platform;

/**
 * Lets an action run once per event: a menu item whose content is a control is fired both by its content and by
 * the menu around it on one click; the second call, in the same event, is dropped.
 */
final class OnceAPulse {
    private boolean ran;

    void run(Runnable action) {
        if (ran) {
            return;
        }
        ran = true;
        try {
            action.run();
        } finally {
            Platform.runLater(() -> ran = false);
        }
    }
}
