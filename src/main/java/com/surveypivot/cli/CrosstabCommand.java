package com.surveypivot.cli;

import com.surveypivot.analysis.Crosstab;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosstab FILE --question Q --by A [--multi NAME=COL|…] [--format csv|json]}. */
@Command(name = "crosstab", mixinStandardHelpOptions = true,
        description = "Cross a question by an attribute: counts and column % (csv with BOM, or json).")
final class CrosstabCommand implements Callable<Integer> {
    enum Format { csv, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Mixin
    private TableOptions table;

    @Option(names = "--format", paramLabel = "csv|json", description = "output format (default: csv)")
    private Format format = Format.csv;

    @Override
    public Integer call() throws Exception {
        Crosstab crosstab = table.crosstab(input.load());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(Json.write(CrosstabJson.of(crosstab)));
        } else {
            out.print(CrosstabCsv.of(crosstab));
        }
        out.flush();
        return Cli.OK;
    }
}
