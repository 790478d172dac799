package com.surveypivot.cli;

import com.surveypivot.survey.Survey;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code describe FILE [--format text|json]}: the survey's sheet, header row, respondents and questions. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "List the questions of a survey with their type, answers and counts.")
final class DescribeCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Option(names = "--format", paramLabel = "text|json", description = "output format (default: text)")
    private Format format = Format.text;

    @Override
    public Integer call() throws Exception {
        Survey survey = input.load();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.write(SurveyJson.describe(survey)));
        } else {
            SurveyText.describe(survey, out);
        }
        out.flush();
        return Cli.OK;
    }
}
