package com.surveypivot.ui;

import com.surveypivot.i18n.Messages;
import com.surveypivot.workspace.NetDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

/**
 * The dialog that makes a NET of chosen answers: its name, whether it is shown above or below its members, and
 * whether the members stay shown beside it (else the NET shows instead of them). The defaults (above, instead of the
 * members) let a name and Enter do. Used from the grid and the chart's legend ({@link NetMaker}).
 */
final class NetDialog {
    private NetDialog() {
    }

    /** Asks for the NET of {@code members}; empty when cancelled or left without a name. */
    static Optional<NetDefinition> ask(Scene owner, Locale locale, List<String> members) {
        Dialog<NetDefinition> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner.getWindow());
        }
        dialog.setTitle(text(locale, "pivot.net.title"));
        dialog.setHeaderText(text(locale, "pivot.net.header", members.size(), String.join(" / ", members)));
        dialog.getDialogPane().setId("netNameDialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        TextField name = new TextField(text(locale, "pivot.net.default"));
        name.setId("netName");
        ChoiceBox<NetDefinition.Placement> placement = new ChoiceBox<>();
        placement.setId("netPlacement");
        placement.getItems().setAll(NetDefinition.Placement.values());
        placement.setValue(NetDefinition.Placement.ABOVE);
        placement.setConverter(new StringConverter<>() {
            @Override
            public String toString(NetDefinition.Placement p) {
                return p == null ? "" : text(locale, "pivot.net.placement." + p.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public NetDefinition.Placement fromString(String s) {
                return null;
            }
        });
        CheckBox keep = new CheckBox(text(locale, "pivot.net.keep"));
        keep.setId("netKeep");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(10));
        form.addRow(0, new Label(text(locale, "pivot.net.name")), name);
        form.addRow(1, new Label(text(locale, "pivot.net.placement")), placement);
        form.add(keep, 1, 2);
        dialog.getDialogPane().setContent(form);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(name.textProperty().map(t -> t.isBlank()).orElse(true));
        // Enter confirms from every field (a check box or choice box would otherwise keep the key to itself)
        for (Node field : new Node[] {placement, keep}) {
            field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !ok.isDisabled()) {
                    e.consume();
                    ((javafx.scene.control.Button) ok).fire();
                }
            });
        }
        dialog.setOnShown(e -> {
            name.requestFocus();
            name.selectAll();
        });
        dialog.setResultConverter(button -> button == ButtonType.OK && !name.getText().isBlank()
                ? new NetDefinition(name.getText().strip(), members, placement.getValue(), keep.isSelected())
                : null);
        return dialog.showAndWait();
    }

    private static String text(Locale locale, String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
