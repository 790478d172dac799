package com.surveypivot.cli;

import com.surveypivot.export.ExportProgress;
import com.surveypivot.export.ExportTable;
import com.surveypivot.export.PptxDeck;
import com.surveypivot.export.EntryDeck;
import com.surveypivot.export.XlsxBook;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.project.EntryTables;
import com.surveypivot.project.ProjectFile;
import com.surveypivot.project.ProjectLoader;
import com.surveypivot.project.ProjectRestore;
import com.surveypivot.project.ProjectStore;
import com.surveypivot.project.SavedEntry;
import com.surveypivot.survey.Survey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code export PROJECT.surveypivot --xlsx book.xlsx --pptx deck.pptx [--data OTHER]}: every saved entry of a
 * project, its tables as the table book's sheets and the deck's native-chart slides, its maps as picture slides.
 * The project is opened on its own data (as saved, or beside the project file) or, with {@code --data}, applied to
 * another file of the same layout. What did not match (and a changed source) is one line each on stderr; the exit
 * code stays 0 when something was exported.
 */
final class ProjectExport {
    /** What the export command was given. */
    record Request(Path project, Path data, Path xlsx, Path pptx, PptxDeck.NotesPlacement notes, Locale locale) {
    }

    private ProjectExport() {
    }

    static int run(Request request, PrintWriter out, PrintWriter err) throws LocalizedException {
        Locale locale = request.locale();
        Path projectPath = request.project();
        if (!Files.isRegularFile(projectPath)) {
            throw new LocalizedException("cli.error.noFile", projectPath);
        }
        refuseOverwrite(request.xlsx(), projectPath);
        refuseOverwrite(request.pptx(), projectPath);
        ProjectFile project = ProjectStore.read(projectPath);
        boolean other = request.data() != null;
        Path data = other ? request.data() : ProjectLoader.findSource(project, projectPath).orElse(null);
        if (other && !Files.isRegularFile(data)) {
            throw new LocalizedException("cli.error.noFile", data);
        }
        if (data == null && !project.onSample()) {
            throw new LocalizedException("project.error.sourceMissing", project.source());
        }
        ProjectRestore.Restored restored = ProjectLoader.load(project, data, other, new ReadOutput(err));
        restored.mismatches().lines(locale).forEach(err::println);
        err.flush();
        Survey survey = restored.survey();
        List<ExportTable> tables = new ArrayList<>();
        List<EntryDeck.Slide> slides = new ArrayList<>();
        for (SavedEntry entry : restored.entries()) {
            if (entry.isMap()) {
                ProjectMaps.slide(survey, entry, locale).ifPresent(p -> slides.add(new EntryDeck.Picture(p)));
            } else {
                EntryTables.table(survey, entry, locale).ifPresent(t -> {
                    tables.add(t);
                    slides.add(new EntryDeck.TableSlide(t));
                });
            }
        }
        if (slides.isEmpty()) {
            throw new LocalizedException(project.entries().isEmpty() ? "project.cli.noEntries"
                    : "project.cli.nothingMatches", projectPath.getFileName());
        }
        if (request.xlsx() != null) {
            if (tables.isEmpty()) {
                err.println(Messages.get(locale, "project.cli.noTables", request.xlsx()));
            } else {
                XlsxBook.write(tables, survey.title(), request.xlsx(), data, locale, ExportProgress.NONE);
                out.println(Messages.get("book.cli.written", request.xlsx()));
            }
        }
        if (request.pptx() != null) {
            EntryDeck.write(slides, request.pptx(), data, locale, request.notes(), ExportProgress.NONE);
            out.println(Messages.get("book.cli.written", request.pptx()));
        }
        out.flush();
        return Cli.OK;
    }

    /** The project file itself is never an output. */
    private static void refuseOverwrite(Path output, Path project) throws LocalizedException {
        try {
            if (output != null && Files.exists(output) && Files.isSameFile(output, project)) {
                throw new LocalizedException("project.cli.overwriteProject", output);
            }
        } catch (IOException e) {
            // an output that cannot be compared is checked again when written
        }
    }
}
