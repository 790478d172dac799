package com.surveypivot.ui;

import com.surveypivot.chart.BandChartModel;
import com.surveypivot.export.CsvTable;
import com.surveypivot.export.EntryDeck;
import com.surveypivot.export.ExportException;
import com.surveypivot.export.ExportProgress;
import com.surveypivot.export.ExportTable;
import com.surveypivot.export.PictureSlide;
import com.surveypivot.export.XlsxBook;
import com.surveypivot.i18n.Messages;
import com.surveypivot.notes.Note;
import com.surveypivot.project.EntryTables;
import com.surveypivot.project.SavedEntry;
import com.surveypivot.survey.Survey;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.concurrent.Task;

/**
 * Exports of report outline entries, in outline order, in the background with progress and Cancel: an Excel book of
 * their tables, a PowerPoint deck (tables as native charts, maps as pictures), one CSV file per table, or one chart
 * image per entry (drawn as the window draws it). Several files go to a chosen folder, named from the entries' names.
 */
final class EntryExports {
    private final MainView view;
    private final MainViewModel model;
    private final ExportMenu menu;

    EntryExports(MainView view, MainViewModel model, ExportMenu menu) {
        this.view = view;
        this.model = model;
        this.menu = menu;
    }

    /** Writes the entries as an Excel book, a deck, or CSV files (one file: asked for; several: a folder). */
    void write(ExportMenu.Kind kind, List<SavedEntry> entries) {
        Survey survey = model.surveyProperty().get();
        List<SavedEntry> tables = entries.stream().filter(e -> !e.isMap()).toList();
        List<SavedEntry> used = kind == ExportMenu.Kind.PPTX ? entries : tables;
        if (survey == null || used.isEmpty()) {
            view.showError(text("outline.nothing"));
            return;
        }
        Optional<Path> target;
        boolean folder = kind == ExportMenu.Kind.CSV && used.size() > 1;
        if (folder) {
            target = view.fileDialogs().chooseFolder(view.getScene().getWindow(), text("outline.scope.title"));
        } else {
            String name = used.size() == 1 ? OutlineFiles.name(used.get(0).name(), kind.extension)
                    : OutlineFiles.name(survey.title(), kind.extension);
            target = view.fileDialogs().chooseExportTarget(view.getScene().getWindow(), name, kind.extension);
        }
        target.ifPresent(path -> start(new Writing(survey, used, path, kind, null, menu.reportLocale()), path));
    }

    /** Writes one chart image per entry into a chosen folder. */
    void images(List<SavedEntry> entries, ImageFormat format) {
        Survey survey = model.surveyProperty().get();
        if (survey == null || entries.isEmpty()) {
            return;
        }
        view.fileDialogs().chooseFolder(view.getScene().getWindow(), text("outline.menu.images"))
                .ifPresent(path -> start(new Writing(survey, entries, path, null, format, menu.reportLocale()), path));
    }

    private void start(Writing writing, Path target) {
        boolean caption = model.captionUnderChartProperty().get();
        Path source = model.fileProperty().get();
        var placement = menu.notesPlacement();
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                ExportProgress progress = new ExportProgress() {
                    @Override
                    public void step(long done, long total) {
                        updateProgress(done, total);
                        updateMessage(Messages.get(writing.locale(), "outline.progress", done, total));
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                };
                writing.run(source, caption, placement, progress);
                return null;
            }
        };
        ProgressDialog.show(view.getScene().getWindow(), text("outline.scope.title"), "outlineExportProgress", task);
        menu.run(task, target);
    }

    private String text(String key, Object... args) {
        return Messages.get(menu.locale(), key, args);
    }

    /** One export's inputs, run off the JavaFX thread (chart pictures are drawn through {@code ChartImages}). */
    record Writing(Survey survey, List<SavedEntry> entries, Path target, ExportMenu.Kind kind,
            ImageFormat format, Locale locale) {

        void run(Path source, boolean caption, com.surveypivot.export.PptxDeck.NotesPlacement placement,
                ExportProgress progress) throws ExportException {
            int n = entries.size();
            if (kind == null) {
                images(caption, progress);
                return;
            }
            switch (kind) {
                case XLSX -> XlsxBook.write(tables(progress.part(0, 2L * n)), survey.title(), target, source, locale,
                        progress.part(n, 2L * n));
                case PPTX -> EntryDeck.write(slides(progress.part(0, 2L * n)), target, source, locale, placement,
                        progress.part(n, 2L * n));
                default -> csv(source, progress);
            }
        }

        private List<ExportTable> tables(ExportProgress progress) throws ExportException {
            List<ExportTable> tables = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                progress.check();
                table(entries.get(i)).ifPresent(tables::add);
                progress.step(i + 1, entries.size());
            }
            return tables;
        }

        private Optional<ExportTable> table(SavedEntry entry) {
            return EntryTables.table(survey, entry, locale);
        }

        private List<EntryDeck.Slide> slides(ExportProgress progress) throws ExportException {
            List<EntryDeck.Slide> slides = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                progress.check();
                SavedEntry entry = entries.get(i);
                if (entry.isMap()) {
                    OutlineMaps.Drawn map = OutlineMaps.compute(survey, entry, locale);
                    if (map != null) {
                        BufferedImage image = new ChartPicture(null, map.model(), "").render(2);
                        List<String> notes = new ArrayList<>(map.notes().stream().map(Note::text).toList());
                        if (!entry.note().isBlank()) {
                            notes.add(entry.note().strip());
                        }
                        slides.add(new EntryDeck.Picture(new PictureSlide(entry.name(), map.model().subtitle(),
                                image, notes, "")));
                    }
                } else {
                    table(entry).ifPresent(t -> slides.add(new EntryDeck.TableSlide(t)));
                }
                progress.step(i + 1, entries.size());
            }
            return slides;
        }

        private void csv(Path source, ExportProgress progress) throws ExportException {
            Set<String> used = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                progress.check();
                Optional<ExportTable> table = table(entries.get(i));
                if (table.isPresent()) {
                    Path file = entries.size() == 1 ? target
                            : target.resolve(OutlineFiles.numbered(i + 1, entries.get(i).name(), "csv", used));
                    CsvTable.write(table.get().table(), file, source);
                }
                progress.step(i + 1, entries.size());
            }
        }

        private void images(boolean caption, ExportProgress progress) throws ExportException {
            Set<String> used = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                progress.check();
                SavedEntry entry = entries.get(i);
                String note = caption ? entry.note() : "";
                ChartPicture picture;
                if (entry.isMap()) {
                    OutlineMaps.Drawn map = OutlineMaps.compute(survey, entry, locale);
                    picture = map == null ? null : new ChartPicture(null, map.model(), note);
                } else {
                    BandChartModel band = PivotResult.compute(survey, entry.state(), locale).chart();
                    picture = band == null ? null : new ChartPicture(band, null, note);
                }
                if (picture != null) {
                    picture.write(target.resolve(OutlineFiles.numbered(i + 1, entry.name(), format.extension(),
                            used)), format);
                }
                progress.step(i + 1, entries.size());
            }
        }
    }
}
