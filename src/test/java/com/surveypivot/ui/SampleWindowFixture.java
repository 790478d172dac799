package com.surveypivot.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The set-up the window tests share: TestFX's {@link ApplicationExtension}, and the real window opened on the bundled
 * sample with its {@link #view} and {@link #model}. TestFX looks for {@code @Start} only on the test class itself, so
 * each test keeps a one-line {@code @Start} method that calls {@link #openSample(Stage)}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SampleWindowFixture {
    protected MainView view;
    protected MainViewModel model;

    /** Opens the window as the app does with no argument (the sample loading in the background). */
    void openSample(Stage stage) {
        view = UiTestSupport.startOnSample(stage);
        model = view.model();
    }
}
