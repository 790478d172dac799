package com.surveypivot.cli;

import com.surveypivot.analysis.CellOptions;
import com.surveypivot.analysis.Filter;
import com.surveypivot.analysis.Net;
import com.surveypivot.analysis.TableSpec;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The table {@code crosstab} computes: the question, a banner of attributes ({@code --by}, repeatable; {@code --nest}
 * nests the second within the first), filters, a weight column, NETs and column statistics.
 */
final class CrosstabOptions {
    // required for crosstab and for export of one table (checked in inconsistency()); export --all goes without
    @Option(names = "--question", paramLabel = "Q", description = "question id or exact header text")
    String question;

    @Option(names = "--by", paramLabel = "A",
            description = "attribute id or exact header text; repeat for a banner of several attributes")
    List<String> by = new ArrayList<>();

    @Option(names = "--nest", description = "nest the second --by within the first")
    boolean nest;

    @Option(names = "--filter", paramLabel = "Q=answer|answer", converter = FilterText.Converter.class,
            description = "keep respondents who gave any of these answers to Q (repeatable, all must hold)")
    List<FilterText> filters = new ArrayList<>();

    @Option(names = "--weight", paramLabel = "COL", description = "a number question (id or header) holding weights")
    String weight;

    @Option(names = "--net", paramLabel = "NAME=answer|answer", converter = NetConverter.class,
            description = "a NET row: respondents who gave any of these answers (repeatable)")
    List<Net> nets = new ArrayList<>();

    @Option(names = "--auto-nets", description = "add top-2/bottom-2 box rows for 5-point scales (top-3/bottom-3 "
            + "for 7 points, NPS groups for 0-10) as NET rows")
    boolean autoNets;

    @Option(names = "--stats", description = "residuals, column letters (95%%/99%%) and column-vs-rest p per cell")
    boolean stats;

    @Option(names = "--exclude", paramLabel = "Q=answer|answer", converter = FilterText.ExcludeConverter.class,
            description = "leave out respondents who gave any of these answers to Q (repeatable, all apply)")
    List<FilterText> excludes = new ArrayList<>();

    @Option(names = "--where", paramLabel = "EXPR", converter = WhereConverter.class,
            description = {"keep respondents matching EXPR (repeatable, all must hold; and-combined with --filter "
                    + "and --exclude). Grammar: conditions Q=answer|answer combined with and, or, not and "
                    + "parentheses; and binds tighter than or; keywords in any case.",
                "Example: --where 'Q1=Yes|Maybe and not (Q2=\"a = b\" or 業種=製造)'. Labels may contain spaces "
                    + "and Japanese; double-quote a label containing = | ( ) \" or the words and/or/not "
                    + "(\"\" inside quotes is a quote)."})
    List<FilterExpression> wheres = new ArrayList<>();

    @Option(names = "--cells", paramLabel = "col|row|table",
            description = "the percentages: col (column %%, default), row (share of the row across its group's "
                    + "columns; for a multi-response attribute, of the row's mentions) or table (of the group's "
                    + "respondents)")
    Cells cells = Cells.col;

    @Option(names = "--multi-base", paramLabel = "respondents|answering|mentions",
            description = "percent base of a multi-response question: all respondents (default), respondents who "
                    + "ticked at least one option, or all ticks (options sum to 100%%)")
    MultiBase multiBase = MultiBase.respondents;

    @Option(names = "--level", paramLabel = "PCT", description = "looser confidence level for lower-case letters "
            + "and residual marks, in %% (default 95)")
    double level = 95;

    @Option(names = "--strict-level", paramLabel = "PCT",
            description = "stricter confidence level for upper-case letters, in %% (default 99)")
    double strictLevel = 99;

    @Option(names = "--bonferroni", description = "Bonferroni-adjust column tests by the comparisons in a group")
    boolean bonferroni;

    @Option(names = "--min-base", paramLabel = "N", description = "columns with an unweighted base under N get no "
            + "letters or marks (default 30)")
    int minBase = com.surveypivot.analysis.SignificanceTests.MIN_BASE;

    @Option(names = "--small-base", paramLabel = "N",
            description = "columns with an unweighted base under N are flagged as small (default 50)")
    int smallBase = 50;

    @Option(names = "--scores", paramLabel = "answer=score|answer=score", converter = ScoresConverter.class,
            description = "scores of a scale's answers for means (others keep their defaults: p … 1 from the top; "
                    + "\"don't know\"-style answers have none); a score of x leaves an answer out")
    Scores scores = new Scores(Map.of());

    @Option(names = "--sort", paramLabel = "total|topbox", description = "total: answers by their Total count, "
            + "largest first (\"don't know\"-style answers and NETs last); topbox: columns within each group by "
            + "their top-box share, highest first")
    SortOrder sort;

    @Option(names = "--hide-empty", description = "leave out answers and columns with no respondents (the default)")
    boolean hideEmpty;

    @Option(names = "--show-empty", description = "keep answers and columns with no respondents (as rows and "
            + "columns of zeros)")
    boolean showEmpty;

    enum Cells { col, row, table }

    enum MultiBase { respondents, answering, mentions }

    enum SortOrder { total, topbox }

    /**
     * A usage problem picocli cannot express (levels out of range or in the wrong order, --hide-empty with
     * --show-empty, negative bases), as a translated message; null when the options are consistent.
     */
    String inconsistency() {
        if (question == null) {
            return Messages.get("book.cli.missing", "--question=Q");
        }
        if (by.isEmpty()) {
            return Messages.get("book.cli.missing", "--by=A");
        }
        return optionInconsistency();
    }

    /** As {@link #inconsistency()}, without asking for --question and --by (a whole-survey export). */
    String optionInconsistency() {
        if (nestNeedsTwoAttributes()) {
            return Messages.get("cli.error.nest");
        }
        if (!(level > 0 && level < 100) || !(strictLevel > 0 && strictLevel < 100) || strictLevel < level) {
            return Messages.get("cli.error.levels", number(level), number(strictLevel));
        }
        if (minBase < 0 || smallBase < 0) {
            return Messages.get("cli.error.bases", minBase, smallBase);
        }
        if (hideEmpty && showEmpty) {
            return Messages.get("cli.error.hideShow");
        }
        return null;
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Whether the options are consistent (picocli cannot express "--nest needs two --by"). */
    boolean nestNeedsTwoAttributes() {
        return nest && by.size() < 2;
    }

    /** The table these options describe on this survey; unknown questions and answers are input errors. */
    TableSpec spec(Survey survey) throws LocalizedException {
        return spec(survey, TableOptions.find(survey, question));
    }

    /** The table these options describe for question {@code q} (a whole-survey book's template). */
    TableSpec spec(Survey survey, Question q) throws LocalizedException {
        List<Question> banner = new ArrayList<>();
        for (String key : by) {
            banner.add(TableOptions.find(survey, key));
        }
        Question inner = null;
        if (nest) {
            inner = banner.remove(1);
        }
        List<Filter> parts = new ArrayList<>();
        for (FilterText f : filters) {
            parts.add(answerFilter(survey, f, "--filter"));
        }
        for (FilterText f : excludes) {
            parts.add(Filter.not(answerFilter(survey, f, "--exclude")));
        }
        for (FilterExpression where : wheres) {
            parts.add(where.resolve(survey));
        }
        Filter filter = parts.isEmpty() ? null
                : parts.size() == 1 ? parts.get(0) : Filter.and(parts.toArray(Filter[]::new));
        Question w = weightQuestion(survey);
        double[] weights = w == null ? null : w.numbers();
        checkScores(q);
        CellOptions options = CellOptions.defaults().withStatistics(stats).withAutoNets(autoNets)
                .withLevels(level / 100, strictLevel / 100).withBonferroni(bonferroni).withMinBase(minBase)
                .withSmallBase(smallBase).withScores(scores.byLabel())
                .withMultiBase(CellOptions.MultiBase.valueOf(multiBase.name().toUpperCase(Locale.ROOT)));
        if (sort != null) {
            options = options.withSort(sort == SortOrder.total ? CellOptions.Sort.TOTAL : CellOptions.Sort.TOP_BOX);
        }
        if (showEmpty) {
            options = options.withHideEmpty(false, false);
        }
        return new TableSpec(q, banner, inner, filter, weights, nets, options);
    }

    /** The --weight question, checked to hold numbers; null without --weight. */
    Question weightQuestion(Survey survey) throws LocalizedException {
        if (weight == null) {
            return null;
        }
        Question w = any(survey, weight, "--weight");
        if (w.type() != QuestionType.NUMBER || w.numbers() == null) {
            throw new LocalizedException("cli.error.weightNotNumber", weight, w.type().jsonName());
        }
        return w;
    }

    private static Filter answerFilter(Survey survey, FilterText f, String option) throws LocalizedException {
        Question on = any(survey, f.question(), option);
        try {
            return Filter.parse(f.text(), key -> Optional.of(on));
        } catch (IllegalArgumentException e) {
            throw new LocalizedException("cli.error.table", e.getMessage());
        }
    }

    /** Every --scores label must be an answer of the question. */
    private void checkScores(Question q) throws LocalizedException {
        for (String label : scores.byLabel().keySet()) {
            boolean known = q.categories().stream().anyMatch(c -> c.strip().equals(label.strip()));
            if (!known) {
                throw new LocalizedException("cli.error.scoreAnswer", label, q.id());
            }
        }
    }

    /** Any question (also text, id or a grid's item) by id or exact header text, for filters and weights. */
    static Question any(Survey survey, String key, String option) throws LocalizedException {
        Optional<Question> found = survey.find(key);
        if (found.isEmpty()) {
            found = survey.questions().stream().flatMap(q -> q.items().stream())
                    .filter(item -> item.id().equals(key.strip())).findFirst();
        }
        return found.orElseThrow(() -> new LocalizedException("cli.error.unknownQuestionIn", key, option));
    }

    /** {@code --filter Q=answer|answer}, checked for its shape only (the survey is not read yet). */
    record FilterText(String question, String text) {
        static final class Converter implements ITypeConverter<FilterText> {
            @Override
            public FilterText convert(String value) {
                int eq = value.indexOf('=');
                String key = eq < 0 ? "" : value.substring(0, eq).strip();
                boolean answers = eq >= 0 && Arrays.stream(value.substring(eq + 1).split("\\|"))
                        .anyMatch(s -> !s.isBlank());
                if (key.isEmpty() || !answers) {
                    throw new TypeConversionException(Messages.get("cli.error.filterSyntax", value));
                }
                return new FilterText(key, value);
            }
        }

        /** {@code --exclude} has the shape of {@code --filter}. */
        static final class ExcludeConverter implements ITypeConverter<FilterText> {
            @Override
            public FilterText convert(String value) {
                try {
                    return new Converter().convert(value);
                } catch (TypeConversionException e) {
                    throw new TypeConversionException(Messages.get("cli.error.excludeSyntax", value));
                }
            }
        }
    }

    /** {@code --where EXPR}: a malformed expression is a usage error. */
    static final class WhereConverter implements ITypeConverter<FilterExpression> {
        @Override
        public FilterExpression convert(String value) {
            try {
                return FilterExpression.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code --scores answer=score|answer=score}; a score of x (or NaN) leaves the answer out of means. */
    record Scores(Map<String, Double> byLabel) {
    }

    static final class ScoresConverter implements ITypeConverter<Scores> {
        @Override
        public Scores convert(String value) {
            Map<String, Double> out = new LinkedHashMap<>();
            for (String part : value.split("\\|")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.lastIndexOf('=');
                String label = eq < 0 ? "" : part.substring(0, eq).strip();
                String score = eq < 0 ? "" : part.substring(eq + 1).strip();
                Double parsed = score.equalsIgnoreCase("x") || score.equalsIgnoreCase("nan")
                        ? Double.valueOf(Double.NaN) : parse(score);
                if (label.isEmpty() || parsed == null) {
                    throw new TypeConversionException(Messages.get("cli.error.scoresSyntax", value));
                }
                out.put(label, parsed);
            }
            if (out.isEmpty()) {
                throw new TypeConversionException(Messages.get("cli.error.scoresSyntax", value));
            }
            return new Scores(out);
        }

        private static Double parse(String score) {
            try {
                double d = Double.parseDouble(score);
                return Double.isFinite(d) ? d : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    /** {@code --net NAME=answer|answer}; a malformed one is a usage error. */
    static final class NetConverter implements ITypeConverter<Net> {
        @Override
        public Net convert(String value) {
            try {
                return Net.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(Messages.get("cli.error.netSyntax", value));
            }
        }
    }
}
