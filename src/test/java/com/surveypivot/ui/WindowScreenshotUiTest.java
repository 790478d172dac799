package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.i18n.Messages;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window screenshot used for the docs: the whole window, fitting a 1280×800 screen, not blank. */
@ExtendWith(ApplicationExtension.class)
class WindowScreenshotUiTest {

    @Start
    void start(Stage stage) {
        // the screenshot opens its own window
    }

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void rendersTheWholeWindow() throws Exception {
        Survey sample = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        WritableImage image = WindowScreenshot.render(sample, Locale.JAPANESE, "Q2", "Q1").get(60, TimeUnit.SECONDS);
        assertEquals(SurveyPivotApp.WIDTH, image.getWidth());
        assertEquals(SurveyPivotApp.HEIGHT, image.getHeight());
        assertTrue(image.getWidth() <= 1280 && image.getHeight() <= 800);
        PixelReader pixels = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                colours.add(pixels.getArgb(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a drawn window, not a blank one: " + colours.size() + " colours");
    }
}
