package com.surveypivot.cli;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.i18n.Messages;
import com.surveypivot.notes.Findings;
import com.surveypivot.notes.Note;
import com.surveypivot.notes.NoteMeasure;
import com.surveypivot.notes.NoteFinder;
import com.surveypivot.notes.NoteWriter;
import java.io.PrintWriter;
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

/** {@code notes FILE --question Q --by A [--lang ja|en] [--format text|json]}: the generated notes of a table. */
@Command(name = "notes", mixinStandardHelpOptions = true,
        description = "Write the generated notes of a question by an attribute, each with its evidence in json.")
final class NotesCommand implements Callable<Integer> {
    enum Format { text, json }

    enum Lang { ja, en }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private TableOptions table;

    @Option(names = "--lang", paramLabel = "ja|en", description = "language of the notes (default: the system's)")
    private Lang lang;

    @Option(names = "--format", paramLabel = "text|json", description = "output format (default: text)")
    private Format format = Format.text;

    @Option(names = "--answer", paramLabel = "ANSWER|...",
            description = "the answer, or answers summed as a NET, the notes measure (default: the first answer,"
                    + " the top-2 box of a scale, the most chosen option)")
    private String answer;

    @Option(names = "--net-name", paramLabel = "NAME", description = "the name of the NET given by --answer")
    private String netName;

    @Override
    public Integer call() throws Exception {
        Crosstab crosstab = table.crosstab(input.load());
        Locale locale = locale(lang);
        NoteMeasure measure = null;
        if (answer != null) {
            List<String> labels = Arrays.stream(answer.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            if (!labels.isEmpty()) {
                measure = new NoteMeasure(netName, labels);
            }
        }
        Findings findings;
        try {
            findings = NoteFinder.find(crosstab, measure);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Note> notes = NoteWriter.notes(findings, locale);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.write(NotesJson.of(crosstab.question().id(),
                    crosstab.by() == null ? null : crosstab.by().id(), notes, locale)));
        } else {
            notes.forEach(note -> out.println(note.text()));
        }
        out.flush();
        return Cli.OK;
    }

    /** The locale of {@code --lang}; the system's language when not given. */
    static Locale locale(Lang lang) {
        return lang == null ? Messages.locale() : lang == Lang.ja ? Locale.JAPANESE : Locale.ENGLISH;
    }
}
