package com.surveypivot.ui;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.export.CsvTable;
import com.surveypivot.export.ExportCancelledException;
import com.surveypivot.export.ExportProgress;
import com.surveypivot.export.ExportTable;
import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.export.PictureSlide;
import com.surveypivot.export.PptxDeck;
import com.surveypivot.notes.Note;
import com.surveypivot.export.XlsxBook;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.project.SavedEntry;
import com.surveypivot.survey.Question;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.concurrent.Task;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * File &gt; Export: the current table as an Excel table book, a PowerPoint slide (the segment map, when it is shown, as
 * a picture slide) or CSV, or (once the report outline has entries, asked first) the selected or all entries
 * ({@link EntryExports}, also as chart images); where a deck's notes go; and the whole survey (the GT
 * book, or every question by the current break-down) with progress and Cancel. Files are written in the background;
 * the status bar says when one is done, an error dialog when it failed.
 */
final class ExportMenu {
    /** The file types the menu writes. */
    enum Kind {
        XLSX("xlsx"), PPTX("pptx"), CSV("csv");

        final String extension;

        Kind(String extension) {
            this.extension = extension;
        }
    }

    private static final String SPEAKER_NOTES = "export.speakerNotes";
    private final MainView view;
    private final MainViewModel model;
    private CheckMenuItem speakerNotes;

    ExportMenu(MainView view, MainViewModel model) {
        this.view = view;
        this.model = model;
    }

    Menu menu() {
        MenuItem xlsx = item("menuExportXlsx", "book.menu.xlsx", () -> exportTable(Kind.XLSX));
        MenuItem pptx = item("menuExportPptx", "book.menu.pptx", () -> exportTable(Kind.PPTX));
        MenuItem csv = item("menuExportCsv", "book.menu.csv", () -> exportTable(Kind.CSV));
        // with report entries, the entries can be exported whether or not a table is shown
        for (MenuItem item : List.of(xlsx, pptx, csv)) {
            item.disableProperty().bind(model.crosstabProperty().isNull().and(Bindings.isEmpty(
                    view.outlinePane().list().getItems())));
        }
        MenuItem whole = item("menuExportWhole", "book.menu.whole",
                () -> new WholeSurveyExport(view, model, this).start());
        whole.disableProperty().bind(model.surveyProperty().isNull().or(model.loadingProperty()));
        MenuItem images = item("menuExportImages", "outline.menu.images", this::exportImages);
        images.disableProperty().bind(Bindings.isEmpty(view.outlinePane().list().getItems()));
        Menu menu = new Menu();
        menu.setId("menuExport");
        menu.textProperty().bind(text(model, "book.menu.export"));
        menu.getItems().addAll(xlsx, pptx, csv, images, new SeparatorMenuItem(), whole, new SeparatorMenuItem(),
                speakerNotesItem());
        return menu;
    }

    /** Export &gt; PowerPoint: Notes in Speaker Notes (else bullets beside the chart); remembered. */
    private CheckMenuItem speakerNotesItem() {
        CheckMenuItem notes = new CheckMenuItem();
        notes.setId("menuSpeakerNotes");
        notes.textProperty().bind(text(model, "outline.menu.speakerNotes"));
        notes.setSelected(Boolean.parseBoolean(view.settings().get(SPEAKER_NOTES, "false")));
        speakerNotes = notes;
        notes.selectedProperty().addListener((obs, old, on) -> view.settings().put(SPEAKER_NOTES, on.toString()));
        return notes;
    }

    /** Where a deck's notes go, as the menu's check says. */
    PptxDeck.NotesPlacement notesPlacement() {
        return speakerNotes != null && speakerNotes.isSelected() ? PptxDeck.NotesPlacement.SPEAKER_NOTES
                : PptxDeck.NotesPlacement.SLIDE;
    }

    /** Asks which entries (selected or all) and the format, then writes one chart image per entry. */
    private void exportImages() {
        ReportOutlinePane outline = view.outlinePane();
        ExportScopeDialog.ask(view.getScene().getWindow(), locale(), false, outline.selectedEntries().size(),
                model.outline().size(), true, false).ifPresent(choice -> new EntryExports(view, model, this)
                        .images(entries(choice.scope()), choice.format()));
    }

    /** The entries of a scope, in outline order. */
    private List<SavedEntry> entries(ExportScopeDialog.Scope scope) {
        return scope == ExportScopeDialog.Scope.SELECTED ? view.outlinePane().selectedEntries()
                : model.outline().entries();
    }

    /** The table shown, with its filter, weight and the user's note, as the exports take it. */
    ExportTable currentTable() {
        Crosstab table = model.crosstabProperty().get();
        Question question = model.questionProperty().get();
        TableSpec spec = model.tableOptions().spec(question, model.attributeProperty().get());
        return ExportTable.of(spec, table, model.tableOptions().weightProperty().get(), reportLocale())
                .withUserNote(model.userNoteProperty().get());
    }

    private void exportTable(Kind kind) {
        if (model.outline().size() > 0) {
            Optional<ExportScopeDialog.Choice> choice = ExportScopeDialog.ask(view.getScene().getWindow(), locale(),
                    model.crosstabProperty().get() != null, view.outlinePane().selectedEntries().size(),
                    model.outline().size(), false, kind != Kind.PPTX
                            && model.outline().entries().stream().anyMatch(SavedEntry::isMap));
            if (choice.isEmpty()) {
                return;
            }
            if (choice.get().scope() != ExportScopeDialog.Scope.CURRENT) {
                new EntryExports(view, model, this).write(kind, entries(choice.get().scope()));
                return;
            }
        }
        if (model.crosstabProperty().get() == null) {
            return;
        }
        String name = model.defaultImageName().replaceAll("\\.png$", "") + "." + kind.extension;
        Optional<Path> target = view.fileDialogs().chooseExportTarget(view.getScene().getWindow(), name,
                kind.extension);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        if (kind == Kind.PPTX && model.chartViewProperty().get() == MainViewModel.ChartView.MAP
                && model.map().modelProperty().get() != null) {
            exportMap(file);
            return;
        }
        ExportTable table = currentTable();
        Locale locale = reportLocale();
        Path source = model.fileProperty().get();
        String title = model.surveyProperty().get().title();
        PptxDeck.NotesPlacement placement = notesPlacement();
        run(new Task<>() {
            @Override
            protected Void call() throws Exception {
                switch (kind) {
                    case XLSX -> XlsxBook.write(List.of(table), title, file, source, locale, ExportProgress.NONE);
                    case PPTX -> PptxDeck.write(List.of(table), file, source, locale, placement,
                            ExportProgress.NONE);
                    default -> CsvTable.write(table.table(), file, source);
                }
                return null;
            }
        }, file);
    }

    /** The segment map shown, as a picture slide (a map has no native Office chart type). */
    private void exportMap(Path file) {
        SegmentMapModel map = model.map().modelProperty().get();
        PictureSlide slide = new PictureSlide(map.title(), map.subtitle(), model.chartImage(),
                model.map().notes().stream().map(Note::text).toList(), "");
        Path source = model.fileProperty().get();
        PptxDeck.NotesPlacement placement = notesPlacement();
        run(new Task<>() {
            @Override
            protected Void call() throws Exception {
                slide.write(file, source, placement);
                return null;
            }
        }, file);
    }

    /** Runs an export in the background; the status bar or an error dialog tells how it ended. */
    void run(Task<Void> task, Path file) {
        task.setOnSucceeded(e -> model.statusProperty().set(Messages.get(locale(), "book.ui.written",
                file.getFileName())));
        task.setOnCancelled(e -> model.statusProperty().set(Messages.get(locale(), "book.cancelled")));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (error instanceof ExportCancelledException) {
                model.statusProperty().set(Messages.get(locale(), "book.cancelled"));
            } else {
                view.showError(error instanceof LocalizedException failure ? failure.message(locale())
                        : Messages.get(locale(), "book.error.write", file, String.valueOf(error)));
            }
        });
        model.executor().execute(task);
    }

    Locale locale() {
        return model.localeProperty().get();
    }

    /** The language files are written in: the chart's report language, else the window's. */
    Locale reportLocale() {
        return ChartModelMaker.toChart(model.workspace().state().chart()).languageOr(locale());
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem();
        item.setId(id);
        item.textProperty().bind(text(model, key));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A text of the book bundle that follows the window's language. */
    static StringBinding text(MainViewModel model, String key, Object... args) {
        return Bindings.createStringBinding(() -> Messages.get(model.localeProperty().get(), key, args),
                model.localeProperty());
    }
}
