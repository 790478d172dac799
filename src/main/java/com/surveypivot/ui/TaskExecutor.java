package com.surveypivot.ui;

import javafx.concurrent.Task;

/** Runs background work (file loading, image export) off the JavaFX application thread. */
public interface TaskExecutor {

    void execute(Task<?> task);

    /** One daemon thread per task: the app never waits for a load to end when the window closes. */
    static TaskExecutor background() {
        return task -> {
            Thread thread = new Thread(task, "surveypivot-task");
            thread.setDaemon(true);
            thread.start();
        };
    }
}
