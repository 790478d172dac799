package com.surveypivot.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;

/** The window's left side: the question list above the current question's answers (NETs, order, hidden, scores). */
final class WorkspaceSide {
    private WorkspaceSide() {
    }

    static SplitPane of(QuestionListPane questions, AnswersPane answers) {
        SplitPane side = new SplitPane(questions, answers);
        side.setId("workspaceSide");
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.6);
        side.setPrefWidth(270);
        side.setMinWidth(200);
        return side;
    }
}
