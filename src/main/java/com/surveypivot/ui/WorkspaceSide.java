package com.surveypivot.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;

/**
 * The window's left side: the question list above the current question's answers (NETs, order, hidden, scores) and,
 * when shown, the report outline under them.
 */
final class WorkspaceSide {
    private WorkspaceSide() {
    }

    static SplitPane of(QuestionListPane questions, AnswersPane answers, ReportOutlinePane outline) {
        SplitPane side = new SplitPane(questions, answers);
        side.setId("workspaceSide");
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.6);
        side.setPrefWidth(270);
        side.setMinWidth(200);
        showOutline(side, outline, outline.shownProperty().get());
        outline.shownProperty().addListener((obs, old, shown) -> showOutline(side, outline, shown));
        return side;
    }

    private static void showOutline(SplitPane side, ReportOutlinePane outline, boolean shown) {
        if (shown && !side.getItems().contains(outline)) {
            side.getItems().add(outline);
            side.setDividerPositions(0.45, 0.7);
        } else if (!shown && side.getItems().remove(outline)) {
            side.setDividerPositions(0.6);
        }
    }
}
