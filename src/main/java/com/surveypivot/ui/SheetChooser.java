package com.surveypivot.ui;

import com.surveypivot.io.SurveyReadException;
import com.surveypivot.io.SurveyReader;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;

/** File > Choose Sheet…: lists the open workbook's sheets and reads the survey again from the one picked. */
final class SheetChooser {
    private final MainViewModel model;

    SheetChooser(MainViewModel model) {
        this.model = model;
    }

    void choose(Window owner) {
        Path file = model.fileProperty().get();
        if (file == null || model.surveyProperty().get() == null) {
            return;
        }
        UiText text = model.text();
        List<String> sheets;
        try {
            sheets = SurveyReader.sheetNames(file);
        } catch (SurveyReadException e) {
            model.reportError(model.messageOf(e));
            return;
        }
        String current = model.surveyProperty().get().sheet();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(sheets.contains(current) ? current : sheets.get(0), sheets);
        dialog.initOwner(owner);
        dialog.setTitle(text.get("dialog.sheet.title"));
        dialog.setHeaderText(text.get("dialog.sheet.header", file.getFileName()));
        dialog.setContentText(text.get("dialog.sheet.label"));
        dialog.getDialogPane().setId("sheetDialog");
        dialog.showAndWait().filter(sheet -> !sheet.equals(current)).ifPresent(sheet -> model.openSheet(file, sheet));
    }
}
