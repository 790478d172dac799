package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starting the real window on the bundled sample, and finding things in it. */
final class UiTestSupport {
    private UiTestSupport() {
    }

    /** The window as the app opens it with no argument: loading the sample in the background. */
    static MainView startOnSample(Stage stage) {
        MainViewModel model = new MainViewModel(TaskExecutor.background());
        model.localeProperty().set(java.util.Locale.ENGLISH);
        MainView view = new MainView(model);
        SurveyPivotApp.show(stage, view);
        model.openSample();
        return view;
    }

    static Survey awaitSurvey(MainViewModel model) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.surveyProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return model.surveyProperty().get();
    }

    /** Picks a question through the search field and the list's button. */
    @SuppressWarnings("unchecked")
    static void pick(FxRobot robot, String id, String buttonId) {
        robot.doubleClickOn("#questionSearch");
        robot.eraseText(20);
        robot.write(id);
        Node cell = robot.lookup("#questionList .list-cell").match(node -> {
            Question q = ((ListCell<Question>) node).getItem();
            return q != null && q.id().equals(id);
        }).query();
        assertNotNull(cell, "list shows " + id);
        robot.clickOn(cell);
        robot.clickOn(buttonId);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
