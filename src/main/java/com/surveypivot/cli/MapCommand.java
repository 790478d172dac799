package com.surveypivot.cli;

import com.surveypivot.analysis.MapMeasure;
import com.surveypivot.analysis.SegmentMapData;
import com.surveypivot.chart.ChartImages;
import com.surveypivot.chart.SegmentMapModel;
import com.surveypivot.export.PngExport;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.notes.MapNotes;
import com.surveypivot.notes.Note;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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
 * {@code map FILE --x Q[=answer|…] --y Q[=answer|…] --by A --out map.png [--scale 2] [--lang ja|en]
 * [--format text|json]}: the two-question segment map as PNG, then its quadrant notes.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Save the segment map of two questions by an attribute as PNG and print its quadrant notes.")
final class MapCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Option(names = "--x", required = true, paramLabel = "Q[=ANSWER|...]",
            description = "horizontal axis: question, and the answer(s) counted (default: first answer, or top-2 box)")
    private String x;

    @Option(names = "--y", required = true, paramLabel = "Q[=ANSWER|...]", description = "vertical axis, likewise")
    private String y;

    @Option(names = "--x-name", paramLabel = "NAME", description = "plain name of the X measure in the notes")
    private String xName;

    @Option(names = "--y-name", paramLabel = "NAME", description = "plain name of the Y measure in the notes")
    private String yName;

    @Option(names = "--by", required = true, paramLabel = "A", description = "attribute id or exact header text")
    private String by;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "the PNG file to write")
    private Path out;

    @Option(names = "--scale", paramLabel = "N", description = "pixel scale (default: 2)")
    private double scale = 2;

    @Option(names = "--lang", paramLabel = "ja|en", description = "language of the image and notes (default: the system's)")
    private NotesCommand.Lang lang;

    @Option(names = "--format", paramLabel = "text|json", description = "notes format (default: text)")
    private NotesCommand.Format format = NotesCommand.Format.text;

    @Override
    public Integer call() throws Exception {
        if (!(scale > 0 && scale <= ChartCommand.MAX_SCALE)) {
            throw new ParameterException(spec.commandLine(),
                    Messages.get("cli.error.scale", scale, ChartCommand.MAX_SCALE));
        }
        if (!input.isSample() && Files.exists(out) && Files.isSameFile(out, input.inputPath())) {
            throw new LocalizedException("cli.error.overwriteInput", out);
        }
        Locale locale = NotesCommand.locale(lang);
        Survey survey = input.load();
        SegmentMapData data;
        try {
            data = SegmentMapData.compute(measure(survey, x), measure(survey, y), TableOptions.find(survey, by));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        String nameX = xName != null ? xName : MapNotes.name(data.x(), locale);
        String nameY = yName != null ? yName : MapNotes.name(data.y(), locale);
        List<String> captions = MapNotes.captions(nameX, nameY, locale);
        SegmentMapModel model = SegmentMapModel.from(data, locale).withQuadrants(new SegmentMapModel.QuadrantCaptions(
                captions.get(0), captions.get(1), captions.get(2), captions.get(3)));
        ChartImages.useHeadlessToolkit();
        BufferedImage image = ChartImages.render(model, scale);
        PngExport.write(image, out);
        List<Note> notes = MapNotes.notes(data, nameX, nameY, locale);
        PrintWriter writer = spec.commandLine().getOut();
        if (format == NotesCommand.Format.json) {
            writer.println(Json.write(NotesJson.of(data.x().question().id() + " × " + data.y().question().id(),
                    data.by().id(), notes, locale)));
        } else {
            writer.println(Messages.get(locale, "cli.chart.written", out, image.getWidth(), image.getHeight()));
            notes.forEach(note -> writer.println(note.text()));
        }
        writer.flush();
        return Cli.OK;
    }

    /** "Q2" or "Q2=label|label": the question and the answers counted (none: its default measure). */
    private static MapMeasure measure(Survey survey, String spec) throws LocalizedException {
        int eq = spec.indexOf('=');
        String key = eq < 0 ? spec : spec.substring(0, eq);
        Question question = TableOptions.find(survey, key.strip());
        List<String> answers = eq < 0 ? List.of() : Arrays.stream(spec.substring(eq + 1).split("\\|"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        return MapMeasure.of(question, answers);
    }
}
