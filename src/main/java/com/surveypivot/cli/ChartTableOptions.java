package com.surveypivot.cli;

import com.surveypivot.analysis.Net;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The table options of {@code crosstab} that change a chart: who is in it (filters), the weight, NETs and the
 * significance behind the ▲/▼ marks. The table is computed as {@code crosstab} computes it, with the statistics
 * and the automatic top/bottom boxes always on (marks and top-box bars need them).
 */
final class ChartTableOptions {
    @Option(names = "--filter", paramLabel = "Q=answer|answer", converter = CrosstabOptions.FilterText.Converter.class,
            description = "keep respondents who gave any of these answers to Q (repeatable, all must hold)")
    List<CrosstabOptions.FilterText> filters = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "Q=answer|answer",
            converter = CrosstabOptions.FilterText.ExcludeConverter.class,
            description = "leave out respondents who gave any of these answers to Q (repeatable)")
    List<CrosstabOptions.FilterText> excludes = new ArrayList<>();

    @Option(names = "--where", paramLabel = "EXPR", converter = CrosstabOptions.WhereConverter.class,
            description = "keep respondents matching EXPR (and / or / not, parentheses; as crosstab's --where)")
    List<FilterExpression> wheres = new ArrayList<>();

    @Option(names = "--weight", paramLabel = "COL", description = "a number question (id or header) holding weights")
    String weight;

    @Option(names = "--net", paramLabel = "NAME=answer|answer", converter = CrosstabOptions.NetConverter.class,
            description = "a NET of answers (repeatable); --sort can name it")
    List<Net> nets = new ArrayList<>();

    @Option(names = "--level", paramLabel = "PCT",
            description = "confidence level of the ▲/▼ marks, in %% (default 95)")
    double level = 95;

    @Option(names = "--min-base", paramLabel = "N",
            description = "bars with an unweighted base under N get no marks and are \"reference only\" (default 30)")
    int minBase = com.surveypivot.analysis.SignificanceTests.MIN_BASE;

    @Option(names = "--small-base", paramLabel = "N",
            description = "bars with an unweighted base under N are marked \"read with caution\" (default 50)")
    int smallBase = 50;

    /** The table of the question by the attribute with these options; unknown names are input errors. */
    TableSpec spec(Survey survey, String question, String by) throws LocalizedException {
        return crosstabOptions(question, by).spec(survey);
    }

    /** A usage problem (levels or bases out of range) as a translated message; null when consistent. */
    String inconsistency(String question, String by) {
        return crosstabOptions(question, by).inconsistency();
    }

    private CrosstabOptions crosstabOptions(String question, String by) {
        CrosstabOptions options = new CrosstabOptions();
        options.question = question;
        options.by = new ArrayList<>(List.of(by));
        options.filters = filters;
        options.excludes = excludes;
        options.wheres = wheres;
        options.weight = weight;
        options.nets = nets;
        options.autoNets = true;
        options.stats = true;
        options.level = level;
        options.strictLevel = Math.max(level, options.strictLevel);
        options.minBase = minBase;
        options.smallBase = smallBase;
        return options;
    }
}
