package com.surveypivot.cli;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.analysis.weighting.RakeOptions;
import com.surveypivot.analysis.weighting.RakedColumn;
import com.surveypivot.survey.Survey;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code crosstab FILE --question Q --by A [--by B … [--nest]] [--filter Q=a|b]… [--weight COL] [--net N=a|b]…
 * [--exclude Q=a|b]… [--where EXPR]… [--cells col|row|table] [--multi-base respondents|answering|mentions]
 * [--stats [--level 95] [--strict-level 99] [--bonferroni] [--min-base 30] [--small-base 50]] [--scores a=5|…]
 * [--sort total|topbox] [--hide-empty|--show-empty] [--multi NAME=COL|…] [--rake Q=answer:share|…]…
 * [--format csv|json]}. With {@code --rake} the table is weighted by raking to the targets and its json
 * {@code chiSquare} also holds {@code raoScott}, the design-based test of the raked sample.
 */
@Command(name = "crosstab", mixinStandardHelpOptions = true,
        description = "Cross a question by one or more attributes: counts, column %%, row %%, table %%, NETs, "
                + "weights, filters (and / or / not) and column tests (csv with BOM, or json).")
final class CrosstabCommand implements Callable<Integer> {
    enum Format { csv, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private CrosstabOptions table;

    @Option(names = "--format", paramLabel = "csv|json", description = "output format (default: csv)")
    private Format format = Format.csv;

    @Option(names = "--rake", paramLabel = "Q=answer:share|...",
            description = "rim-weight the table to these target shares first (repeat per attribute)")
    private List<String> rake = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        String problem = table.inconsistency();
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        Survey survey = input.load();
        RakedColumn raked = null;
        if (!rake.isEmpty()) {
            if (table.weight != null) {
                throw new ParameterException(spec.commandLine(), Messages.get("weighting.cli.rakeAndWeight"));
            }
            raked = RakedColumn.rake(survey, RakeJson.COLUMN, RakeOptionsMixin.parse(rake), RakeOptions.defaults());
            survey = raked.survey();
            table.weight = RakeJson.COLUMN;
        }
        TableSpec tableSpec = table.spec(survey);
        Crosstab crosstab;
        try {
            crosstab = CrosstabEngine.compute(tableSpec);
        } catch (IllegalArgumentException e) {
            throw new LocalizedException("cli.error.table", e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.write(RakeJson.withRaoScott(CrosstabJson.of(crosstab, table.cells), raked, tableSpec,
                    crosstab)));
        } else {
            out.print(CrosstabCsv.of(crosstab, table.cells));
        }
        out.flush();
        return Cli.OK;
    }
}
