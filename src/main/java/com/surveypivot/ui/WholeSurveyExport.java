package com.surveypivot.ui;

import com.surveypivot.analysis.TableSpec;
import com.surveypivot.export.ExportProgress;
import com.surveypivot.export.ExportTable;
import com.surveypivot.export.PptxDeck;
import com.surveypivot.export.SurveyBook;
import com.surveypivot.export.XlsxBook;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

/**
 * File &gt; Export &gt; Export whole survey…: asks for the book (the simple tally of every question, or every
 * question by the current break-down) and the format, then the file, and writes it in the background with a progress
 * dialog whose Cancel stops the work between tables (nothing is written then).
 */
final class WholeSurveyExport {
    private final MainView view;
    private final MainViewModel model;
    private final ExportMenu menu;

    WholeSurveyExport(MainView view, MainViewModel model, ExportMenu menu) {
        this.view = view;
        this.model = model;
        this.menu = menu;
    }

    void start() {
        Survey survey = model.surveyProperty().get();
        if (survey == null || survey.crossableQuestions().isEmpty()) {
            return;
        }
        Question attribute = model.attributeProperty().get();
        Locale locale = menu.locale();
        ToggleGroup books = new ToggleGroup();
        RadioButton gt = radio("wholeGt", Messages.get(locale, "book.ui.whole.gt"), books);
        RadioButton banner = radio("wholeBanner", attribute == null ? Messages.get(locale, "book.ui.whole.noBanner")
                : Messages.get(locale, "book.ui.whole.banner", attribute.id()), books);
        banner.setDisable(attribute == null);
        (attribute == null ? gt : banner).setSelected(true);
        ToggleGroup formats = new ToggleGroup();
        RadioButton xlsx = radio("wholeXlsx", Messages.get(locale, "book.menu.xlsx").replace("…", ""), formats);
        RadioButton pptx = radio("wholePptx", Messages.get(locale, "book.menu.pptx").replace("…", ""), formats);
        xlsx.setSelected(true);
        Dialog<ButtonType> ask = new Dialog<>();
        ask.initOwner(view.getScene().getWindow());
        ask.setTitle(Messages.get(locale, "book.ui.whole.title"));
        ask.getDialogPane().setId("wholeSurveyDialog");
        VBox content = new VBox(8, gt, banner, new Label(Messages.get(locale, "book.ui.whole.format")), xlsx, pptx);
        content.setPadding(new Insets(10));
        ask.getDialogPane().setContent(content);
        ask.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        boolean byAttribute = banner.isSelected() && attribute != null;
        ExportMenu.Kind kind = pptx.isSelected() ? ExportMenu.Kind.PPTX : ExportMenu.Kind.XLSX;
        String name = (byAttribute ? "banner_" + attribute.id() : "GT") + "." + kind.extension;
        Optional<Path> target = view.fileDialogs().chooseExportTarget(view.getScene().getWindow(),
                name.replaceAll("[\\\\/:*?\"<>|\\s]+", "_"), kind.extension);
        target.ifPresent(file -> write(survey, byAttribute ? attribute : null, kind, file, menu.reportLocale()));
    }

    private void write(Survey survey, Question attribute, ExportMenu.Kind kind, Path file, Locale locale) {
        Question first = survey.crossableQuestions().get(0);
        TableSpec template = model.tableOptions().spec(first, attribute);
        Question weight = model.tableOptions().weightProperty().get();
        Path source = model.fileProperty().get();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                ExportProgress progress = new ExportProgress() {
                    @Override
                    public void step(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                };
                int n = SurveyBook.questions(survey, template, weight).size();
                updateMessage(Messages.get(locale, "book.ui.computing"));
                List<ExportTable> tables = SurveyBook.tables(survey, template, weight, locale,
                        progress.part(0, 2L * n));
                updateMessage(Messages.get(locale, "book.ui.writing", file.getFileName()));
                ExportProgress writing = progress.part(n, 2L * n);
                if (kind == ExportMenu.Kind.PPTX) {
                    PptxDeck.write(tables, file, source, locale, menu.notesPlacement(), writing);
                } else {
                    XlsxBook.write(tables, survey.title(), file, source, locale, writing);
                }
                return null;
            }
        };
        showProgress(task, locale);
        menu.run(task, file);
    }

    /** A dialog with the task's progress and a Cancel button; it closes when the task ends. */
    private void showProgress(Task<Void> task, Locale locale) {
        ProgressDialog.show(view.getScene().getWindow(), Messages.get(locale, "book.ui.whole.title"),
                "wholeSurveyProgress", task);
    }

    private static RadioButton radio(String id, String text, ToggleGroup group) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setToggleGroup(group);
        return radio;
    }
}
