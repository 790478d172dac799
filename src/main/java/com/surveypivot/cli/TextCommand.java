package com.surveypivot.cli;

import com.surveypivot.analysis.Filter;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import com.surveypivot.text.SegmentWords;
import com.surveypivot.text.TextAnswers;
import com.surveypivot.text.WordCounts;
import com.surveypivot.text.WordTable;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code text FILE --question Q [--by A] [--filter Q=a|b]… [--top N] [--lang ja|en] [--format text|json] [--list
 * [--column A]…]}: the words of a free-text question by respondents who used them, the characteristic words of each
 * segment of an attribute, or the answers themselves beside attribute columns.
 */
@Command(name = "text", mixinStandardHelpOptions = true,
        description = "Count the words of a free-text question (Japanese and English), find the words that set each"
                + " segment apart, or list the answers.")
final class TextCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Option(names = "--question", required = true, paramLabel = "Q", description = "the free-text question")
    private String question;

    @Option(names = "--by", paramLabel = "A", description = "an attribute: the characteristic words of each segment")
    private String by;

    @Option(names = "--filter", paramLabel = "Q=answer|answer", converter = CrosstabOptions.FilterText.Converter.class,
            description = "keep respondents who gave any of the answers (repeatable, all must hold)")
    private List<CrosstabOptions.FilterText> filters = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", description = "how many words (default: 20)")
    private int top = 20;

    @Option(names = "--lang", paramLabel = "ja|en", description = "language of the output (default: the system's)")
    private NotesCommand.Lang lang;

    @Option(names = "--format", paramLabel = "text|json", description = "output format (default: text)")
    private Format format = Format.text;

    @Option(names = "--list", description = "list the answers (with --column and --by as columns beside them)")
    private boolean list;

    @Option(names = "--column", paramLabel = "A", description = "an attribute column shown beside the answers (repeatable)")
    private List<String> columns = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new LocalizedException("text.cli.badTop", top);
        }
        Survey survey = input.load();
        Question q = CrosstabOptions.any(survey, question, "--question");
        if (q.type() != QuestionType.TEXT) {
            throw new LocalizedException("text.cli.notText", question, q.type().jsonName());
        }
        Question attribute = by == null ? null : TableOptions.find(survey, by);
        RespondentSet keep = filter(survey);
        Locale locale = NotesCommand.locale(lang);
        TextAnswers answers = TextAnswers.of(q);
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            List<Question> shown = new ArrayList<>();
            for (String key : columns) {
                shown.add(CrosstabOptions.any(survey, key, "--column"));
            }
            if (attribute != null && !shown.contains(attribute)) {
                shown.add(attribute);
            }
            TextListing listing = TextListing.of(survey, answers, keep, shown);
            out.print(format == Format.json ? Json.write(listing.json(q)) + System.lineSeparator()
                    : listing.text(locale));
        } else {
            WordTable words = WordCounts.top(answers, keep, top);
            List<SegmentWords> segments = attribute == null ? null : SegmentWords.of(answers, keep, attribute);
            if (format == Format.json) {
                out.println(Json.write(TextJson.of(q, words, attribute, segments, top)));
            } else {
                out.print(TextJson.text(q, words, attribute, segments, top, locale));
            }
        }
        out.flush();
        return Cli.OK;
    }

    /** The respondents the filters keep; null when there is no filter. */
    private RespondentSet filter(Survey survey) throws LocalizedException {
        if (filters.isEmpty()) {
            return null;
        }
        List<Filter> parts = new ArrayList<>();
        for (CrosstabOptions.FilterText f : filters) {
            Question on = CrosstabOptions.any(survey, f.question(), "--filter");
            try {
                parts.add(Filter.parse(f.text(), key -> Optional.of(on)));
            } catch (IllegalArgumentException e) {
                throw new LocalizedException("cli.error.table", e.getMessage());
            }
        }
        return Filter.and(parts.toArray(Filter[]::new)).select(survey.respondents());
    }
}
