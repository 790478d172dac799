package com.surveypivot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.surveypivot.findings.Finding;
import com.surveypivot.findings.FindingWriter;
import com.surveypivot.findings.ScanOptions;
import com.surveypivot.findings.ScanResult;
import com.surveypivot.findings.SurveyScan;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.io.PrintWriter;
import java.util.ArrayList;
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
 * {@code findings FILE [--question Q]… [--by A]… [--top N] [--min-gap POINTS] [--weight COL] [--lang ja|en]
 * [--format text|json]}: every question by every attribute, the differences that hold at a 5% false discovery rate,
 * strongest first.
 */
@Command(name = "findings", mixinStandardHelpOptions = true,
        description = "Scan every question by every attribute and list the differences that hold, strongest first.")
final class FindingsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Option(names = "--question", paramLabel = "Q", description = "a question to scan (repeatable; default: all)")
    private List<String> questions = new ArrayList<>();

    @Option(names = "--by", paramLabel = "A",
            description = "an attribute to scan by (repeatable; default: those with 2-15 categories)")
    private List<String> attributes = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", description = "how many findings to list (default 20; 0: all)")
    private int top = 20;

    @Option(names = "--min-gap", paramLabel = "POINTS",
            description = "only cells at least this many points from the Total (default 0)")
    private double minGap;

    @Option(names = "--weight", paramLabel = "COL", description = "a number question (id or header) holding weights")
    private String weight;

    @Option(names = "--lang", paramLabel = "ja|en", description = "language of the findings (default: the system's)")
    private NotesCommand.Lang lang;

    @Option(names = "--format", paramLabel = "text|json", description = "output format (default: text)")
    private NotesCommand.Format format = NotesCommand.Format.text;

    @Override
    public Integer call() throws Exception {
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), com.surveypivot.i18n.Messages.get("findings.error.top"));
        }
        Locale locale = NotesCommand.locale(lang);
        Survey survey = input.load();
        ScanOptions options = ScanOptions.defaults().withMinGap(minGap);
        if (weight != null) {
            Question w = CrosstabOptions.any(survey, weight, "--weight");
            if (w.type() != QuestionType.NUMBER || w.numbers() == null) {
                throw new LocalizedException("cli.error.weightNotNumber", weight, w.type().jsonName());
            }
            options = options.withWeight(w);
        }
        options = options.withQuestions(find(survey, questions)).withAttributes(find(survey, attributes));
        // NET rows (top-2 boxes) are named in the language of the output
        Locale before = com.surveypivot.i18n.Messages.locale();
        ScanResult result;
        try {
            com.surveypivot.i18n.Messages.setLocale(locale);
            result = SurveyScan.run(survey, options);
        } finally {
            com.surveypivot.i18n.Messages.setLocale(before);
        }
        List<Finding> shown = top == 0 ? result.findings()
                : result.findings().subList(0, Math.min(top, result.findings().size()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == NotesCommand.Format.json) {
            out.println(Json.write(json(result, shown, locale)));
        } else {
            out.println(FindingWriter.method(result, locale));
            for (int i = 0; i < shown.size(); i++) {
                out.println((i + 1) + ". " + FindingWriter.sentence(shown.get(i), locale));
            }
        }
        out.flush();
        return Cli.OK;
    }

    private static List<Question> find(Survey survey, List<String> keys) throws LocalizedException {
        List<Question> out = new ArrayList<>();
        for (String key : keys) {
            Question q = TableOptions.find(survey, key);
            if (!out.contains(q)) {
                out.add(q);
            }
        }
        return out;
    }

    /** {@code method}, {@code tests}, {@code findings} (in rank order). */
    static ObjectNode json(ScanResult result, List<Finding> shown, Locale locale) {
        ObjectNode root = Json.object();
        root.put("method", FindingWriter.method(result, locale));
        root.put("tests", result.tests());
        ArrayNode list = root.putArray("findings");
        for (Finding f : shown) {
            ObjectNode node = list.addObject();
            node.put("text", FindingWriter.sentence(f, locale));
            node.put("question", f.question().id());
            node.put("attribute", f.attribute().id());
            node.put("segment", f.segment());
            node.put("answer", f.answer());
            node.put("measure", f.measure());
            Json.put(node, "value", f.value());
            Json.put(node, "total", f.total());
            Json.put(node, "gap", f.gap());
            node.put("base", f.base());
            node.put("test", f.test());
            Json.put(node, "statistic", f.statistic());
            Json.put(node, "pValue", f.pValue());
            Json.put(node, "qValue", f.qValue());
            Json.put(node, "effect", f.effect());
        }
        return root;
    }
}
