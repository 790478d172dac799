package com.surveypivot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.surveypivot.analysis.weighting.RakeReport;
import com.surveypivot.analysis.weighting.RakeReportText;
import com.surveypivot.analysis.weighting.RakedColumn;
import com.surveypivot.export.WeightsCsv;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Survey;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code weight FILE --target "Q=answer:share|answer:share" … [--cap 0.3,3.0] [--tolerance 1e-6]
 * [--max-iterations 100] [--name weight] [--out weights.csv] [--format text|json]}: rim weighting (raking) to the
 * targets, the report, and optionally the weights as CSV (respondent id, weight).
 */
@Command(name = "weight", mixinStandardHelpOptions = true,
        description = "Rim-weight (rake) a survey to target shares of up to 6 attributes; report the weights and "
                + "write them as CSV.")
final class WeightCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private RakeOptionsMixin rake;

    @Option(names = "--name", paramLabel = "NAME", description = "the weight column's name (default: weight)")
    private String name = "weight";

    @Option(names = "--out", paramLabel = "FILE.csv", description = "write the weights (respondent id, weight)")
    private Path out;

    @Option(names = "--format", paramLabel = "text|json", description = "output format (default: text)")
    private Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        if (rake.targets.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Messages.get("weighting.cli.noTarget"));
        }
        Survey survey = input.load();
        RakedColumn raked = RakedColumn.rake(survey, name, rake.parsedTargets(), rake.options(spec));
        if (out != null) {
            WeightsCsv.write(out, name, RakedColumn.respondentIds(survey), raked.report().weights());
        }
        PrintWriter pw = spec.commandLine().getOut();
        if (format == Format.json) {
            pw.println(Json.write(json(raked.report())));
        } else {
            text(raked.report(), pw);
        }
        pw.flush();
        return Cli.OK;
    }

    static ObjectNode json(RakeReport r) {
        ObjectNode node = Json.object();
        node.put("iterations", r.iterations());
        node.put("converged", r.converged());
        Json.put(node, "min", r.min());
        Json.put(node, "max", r.max());
        Json.put(node, "designEffect", r.designEffect());
        Json.put(node, "efficiency", r.efficiency());
        Json.put(node, "effectiveBase", r.effectiveBase());
        ArrayNode targets = node.putArray("targets");
        for (RakeReport.TargetCheck t : r.targets()) {
            ObjectNode o = targets.addObject();
            o.put("attribute", t.attribute());
            o.put("answer", t.answer());
            Json.put(o, "sampleShare", t.sampleShare());
            Json.put(o, "target", t.target());
            Json.put(o, "achieved", t.achieved());
        }
        return node;
    }

    private static void text(RakeReport r, PrintWriter out) {
        RakeReportText.lines(r, Messages.locale()).forEach(out::println);
    }
}
