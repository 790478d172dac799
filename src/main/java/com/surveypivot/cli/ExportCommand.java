package com.surveypivot.cli;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.chart.ChartImages;
import com.surveypivot.export.CsvTable;
import com.surveypivot.export.ExportProgress;
import com.surveypivot.export.ExportTable;
import com.surveypivot.export.PngExport;
import com.surveypivot.export.PptxDeck;
import com.surveypivot.export.SurveyBook;
import com.surveypivot.export.XlsxBook;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE --question Q --by A [table options] --png|--csv|--xlsx|--pptx OUT} (several outputs in one
 * call) and {@code export FILE --all [--by A …] --xlsx book.xlsx --pptx deck.pptx} (the GT book without --by, the
 * banner book with it). The table options are those of {@code crosstab}. Every file is written to a temporary file
 * beside it and moved into place; the survey file is never written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a table as PNG, CSV, an Excel table book or a PowerPoint deck with native charts; "
                + "with --all, every question (GT book, or a banner book with --by).")
final class ExportCommand implements Callable<Integer> {
    enum Notes { slide, speaker }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private CrosstabOptions table;

    @Option(names = "--all", description = "every question: the simple tally (GT) without --by, else each "
            + "question by the --by attributes side by side (xlsx and pptx only)")
    private boolean all;

    @Option(names = "--png", paramLabel = "OUT.png", description = "the band chart as a PNG image")
    private Path png;

    @Option(names = "--svg", paramLabel = "OUT.svg", description = "the band chart as SVG (text kept as text)")
    private Path svg;

    @Option(names = "--csv", paramLabel = "OUT.csv", description = "the table as CSV (UTF-8 with BOM)")
    private Path csv;

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx", description = "an Excel table book with native charts")
    private Path xlsx;

    @Option(names = "--pptx", paramLabel = "OUT.pptx", description = "a PowerPoint deck, one slide per table")
    private Path pptx;

    @Option(names = "--notes", paramLabel = "slide|speaker",
            description = "where a slide's notes go: bullets beside the chart (default) or the speaker notes")
    private Notes notes = Notes.slide;

    @Option(names = "--scale", paramLabel = "N", description = "PNG pixel scale (default: 2)")
    private double scale = 2;

    @Option(names = "--lang", paramLabel = "ja|en",
            description = "language of the files' own texts (headers, Total, notes; default: the system's)")
    private NotesCommand.Lang lang;

    @Option(names = "--data", paramLabel = "OTHER", description = "with a .surveypivot project: apply it to this "
            + "survey file (same layout, e.g. the next wave) instead of its own")
    private Path data;

    @Override
    public Integer call() throws Exception {
        if (com.surveypivot.project.ProjectFile.isProjectName(input.file)) {
            return projectExport();
        }
        if (data != null) {
            throw new ParameterException(spec.commandLine(), Messages.get("project.cli.dataOnlyProject"));
        }
        checkUsage();
        Locale locale = NotesCommand.locale(lang);
        Path source = input.isSample() ? null : input.inputPath();
        Survey survey = input.load();
        PrintWriter out = spec.commandLine().getOut();
        PptxDeck.NotesPlacement placement = notes == Notes.speaker ? PptxDeck.NotesPlacement.SPEAKER_NOTES
                : PptxDeck.NotesPlacement.SLIDE;
        List<ExportTable> tables = all ? book(survey, locale) : List.of(one(survey, locale));
        if (!all) {
            Crosstab crosstab = tables.get(0).table();
            if (png != null) {
                ChartImages.useHeadlessToolkit();
                PngExport.write(ChartImages.render(tables.get(0).chart(locale), scale), png, source);
                written(out, png);
            }
            if (svg != null) {
                ChartImages.useHeadlessToolkit();
                com.surveypivot.chart.ChartSvg.of(tables.get(0).chart(locale), null).write(svg);
                written(out, svg);
            }
            if (csv != null) {
                String text = CsvTable.of(crosstab, CrosstabCsv.kind(table.cells));
                com.surveypivot.export.AtomicFile.write(csv, source,
                        o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
                written(out, csv);
            }
        }
        if (xlsx != null) {
            XlsxBook.write(tables, survey.title(), xlsx, source, locale, ExportProgress.NONE);
            written(out, xlsx);
        }
        if (pptx != null) {
            PptxDeck.write(tables, pptx, source, locale, placement, ExportProgress.NONE);
            written(out, pptx);
        }
        out.flush();
        return Cli.OK;
    }

    /** {@code export PROJECT.surveypivot --xlsx … --pptx …}: the project's saved entries (see ProjectExport). */
    private int projectExport() throws LocalizedException {
        String other = all ? "--all" : table.question != null ? "--question" : png != null ? "--png"
                : svg != null ? "--svg" : csv != null ? "--csv" : null;
        if (other != null) {
            throw new ParameterException(spec.commandLine(), Messages.get("project.cli.onlyBooks", other));
        }
        if (xlsx == null && pptx == null) {
            throw new ParameterException(spec.commandLine(), Messages.get("book.cli.noOutput"));
        }
        PptxDeck.NotesPlacement placement = notes == Notes.speaker ? PptxDeck.NotesPlacement.SPEAKER_NOTES
                : PptxDeck.NotesPlacement.SLIDE;
        return ProjectExport.run(new ProjectExport.Request(Path.of(input.file), data, xlsx, pptx, placement,
                NotesCommand.locale(lang)), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private void checkUsage() {
        String problem = all ? table.optionInconsistency() : table.inconsistency();
        if (problem == null && png == null && svg == null && csv == null && xlsx == null && pptx == null) {
            problem = Messages.get("book.cli.noOutput");
        }
        if (problem == null && all && (table.question != null || png != null || svg != null || csv != null)) {
            problem = Messages.get("book.cli.notWithAll", table.question != null ? "--question"
                    : png != null ? "--png" : svg != null ? "--svg" : "--csv");
        }
        if (problem == null && all && (!table.nets.isEmpty() || !table.scores.byLabel().isEmpty())) {
            problem = Messages.get("book.cli.notWithAll", table.nets.isEmpty() ? "--scores" : "--net");
        }
        if (problem == null && !(scale > 0 && scale <= ChartCommand.MAX_SCALE)) {
            problem = Messages.get("cli.error.scale", scale, ChartCommand.MAX_SCALE);
        }
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
    }

    private ExportTable one(Survey survey, Locale locale) throws LocalizedException {
        TableSpec tableSpec = table.spec(survey);
        try {
            return ExportTable.of(tableSpec, CrosstabEngine.compute(tableSpec, locale), table.weightQuestion(survey),
                    locale);
        } catch (IllegalArgumentException e) {
            throw new LocalizedException("cli.error.table", e.getMessage());
        }
    }

    private List<ExportTable> book(Survey survey, Locale locale) throws LocalizedException {
        List<Question> crossable = survey.crossableQuestions();
        if (crossable.isEmpty()) {
            throw new LocalizedException("book.cli.noQuestions");
        }
        TableSpec template = table.spec(survey, crossable.get(0));
        return SurveyBook.tables(survey, template, table.weightQuestion(survey), locale, ExportProgress.NONE);
    }

    private static void written(PrintWriter out, Path file) {
        out.println(Messages.get("book.cli.written", file));
    }
}
