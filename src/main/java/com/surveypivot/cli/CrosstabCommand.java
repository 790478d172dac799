package com.surveypivot.cli;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.analysis.CrosstabEngine;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import java.io.PrintWriter;
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
 * [--sort total|topbox] [--hide-empty|--show-empty] [--multi NAME=COL|…] [--format csv|json]}.
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

    @Override
    public Integer call() throws Exception {
        String problem = table.inconsistency();
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        TableSpec tableSpec = table.spec(input.load());
        Crosstab crosstab;
        try {
            crosstab = CrosstabEngine.compute(tableSpec);
        } catch (IllegalArgumentException e) {
            throw new LocalizedException("cli.error.table", e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.write(CrosstabJson.of(crosstab, table.cells)));
        } else {
            out.print(CrosstabCsv.of(crosstab, table.cells));
        }
        out.flush();
        return Cli.OK;
    }
}
