package com.surveypivot.ui;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.TextInputDialog;

/** The small dialogs of the answers pane: a NET's name, an answer's score. */
final class NetDialogs {
    private final WorkspaceModel workspace;
    private final Supplier<Scene> scene;

    NetDialogs(WorkspaceModel workspace, Supplier<Scene> scene) {
        this.workspace = workspace;
        this.scene = scene;
    }

    /** Asks for a NET's name (blank or cancelled: empty). */
    Optional<String> netName(int members, String current) {
        TextInputDialog dialog = new TextInputDialog(current == null ? workspace.text("dialog.netDefault") : current);
        own(dialog);
        dialog.setTitle(workspace.text(current == null ? "dialog.netTitle" : "dialog.renameTitle"));
        dialog.setHeaderText(workspace.text("dialog.netHeader", members));
        dialog.getDialogPane().setId("netNameDialog");
        dialog.getEditor().setId("netName");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * Asks for an answer's score: a number, "x" for no score, empty for the default. Empty optional: cancelled or
     * not a number; else the score (an empty inner value = the default).
     */
    Optional<Optional<Double>> score(String answer, Double current) {
        TextInputDialog dialog = new TextInputDialog(current == null ? "" : current.isNaN() ? "x"
                : String.valueOf(current));
        own(dialog);
        dialog.setTitle(workspace.text("dialog.scoreTitle"));
        dialog.setHeaderText(workspace.text("dialog.scoreHeader", answer));
        dialog.getDialogPane().setId("scoreDialog");
        dialog.getEditor().setId("scoreText");
        return dialog.showAndWait().flatMap(NetDialogs::parseScore);
    }

    static Optional<Optional<Double>> parseScore(String typed) {
        String s = typed.strip();
        if (s.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (s.equalsIgnoreCase("x")) {
            return Optional.of(Optional.of(Double.NaN));
        }
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? Optional.of(Optional.of(v)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void own(TextInputDialog dialog) {
        Scene s = scene.get();
        if (s != null) {
            dialog.initOwner(s.getWindow());
        }
    }
}
