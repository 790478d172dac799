package com.surveypivot.ui;

import com.surveypivot.i18n.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * What an export is of: the current table, the report outline's selected entries or all of them; for chart images
 * also the format (PNG 1×, 2×, 3× or SVG). Asked only when the outline has entries.
 */
final class ExportScopeDialog {
    /** Which tables an export writes. */
    enum Scope { CURRENT, SELECTED, ALL }

    /** The user's answer. */
    record Choice(Scope scope, ImageFormat format) {
    }

    private ExportScopeDialog() {
    }

    /**
     * Asks; empty when the user cancels.
     *
     * @param current  whether there is a current table to export (images: the current table is never offered)
     * @param selected how many entries are selected
     * @param all      how many entries the outline has
     * @param images   whether to ask for the image format too
     * @param tablesOnly whether the file holds tables only (maps are then left out, and the dialog says so)
     */
    static Optional<Choice> ask(Window owner, Locale locale, boolean current, int selected, int all, boolean images,
            boolean tablesOnly) {
        ToggleGroup group = new ToggleGroup();
        RadioButton now = radio("scopeCurrent", Messages.get(locale, "outline.scope.current"), group);
        RadioButton chosen = radio("scopeSelected", Messages.get(locale, "outline.scope.selected", selected), group);
        RadioButton every = radio("scopeAll", Messages.get(locale, "outline.scope.all", all), group);
        now.setDisable(!current || images);
        chosen.setDisable(selected == 0);
        (selected > 1 ? chosen : current && !images ? now : selected > 0 ? chosen : every).setSelected(true);
        VBox content = new VBox(8, new Label(Messages.get(locale, "outline.scope.what")), now, chosen, every);
        ComboBox<ImageFormat> format = new ComboBox<>();
        if (images) {
            format.setId("scopeImageFormat");
            format.getItems().addAll(Arrays.asList(ImageFormat.values()));
            format.setValue(ImageFormat.PNG_2X);
            format.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(ImageFormat f) {
                    return f == null ? "" : Messages.get(locale, f.key());
                }

                @Override
                public ImageFormat fromString(String s) {
                    return null;
                }
            });
            content.getChildren().addAll(new Label(Messages.get(locale, "outline.images.format")), format);
        }
        if (tablesOnly) {
            Label maps = new Label(Messages.get(locale, "outline.scope.mapsLeftOut"));
            maps.setWrapText(true);
            maps.setMaxWidth(360);
            content.getChildren().add(maps);
        }
        content.setPadding(new Insets(10));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get(locale, "outline.scope.title"));
        dialog.getDialogPane().setId("exportScopeDialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return Optional.empty();
        }
        Scope scope = now.isSelected() ? Scope.CURRENT : chosen.isSelected() ? Scope.SELECTED : Scope.ALL;
        return Optional.of(new Choice(scope, images ? format.getValue() : null));
    }

    private static RadioButton radio(String id, String text, ToggleGroup group) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setToggleGroup(group);
        return radio;
    }
}
