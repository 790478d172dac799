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
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The table {@code crosstab} computes: the question, a banner of attributes ({@code --by}, repeatable; {@code --nest}
 * nests the second within the first), filters, a weight column, NETs and column statistics.
 */
final class CrosstabOptions {
    @Option(names = "--question", required = true, paramLabel = "Q", description = "question id or exact header text")
    String question;

    @Option(names = "--by", required = true, paramLabel = "A",
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

    @Option(names = "--stats", description = "residuals, column letters (95%/99%) and column-vs-rest p per cell")
    boolean stats;

    /** Whether the options are consistent (picocli cannot express "--nest needs two --by"). */
    boolean nestNeedsTwoAttributes() {
        return nest && by.size() < 2;
    }

    /** The table these options describe on this survey; unknown questions and answers are input errors. */
    TableSpec spec(Survey survey) throws LocalizedException {
        Question q = TableOptions.find(survey, question);
        List<Question> banner = new ArrayList<>();
        for (String key : by) {
            banner.add(TableOptions.find(survey, key));
        }
        Question inner = null;
        if (nest) {
            inner = banner.remove(1);
        }
        Filter filter = null;
        if (!filters.isEmpty()) {
            List<Filter> parts = new ArrayList<>();
            for (FilterText f : filters) {
                Question on = any(survey, f.question(), "--filter");
                try {
                    parts.add(Filter.parse(f.text(), key -> Optional.of(on)));
                } catch (IllegalArgumentException e) {
                    throw new LocalizedException("cli.error.table", e.getMessage());
                }
            }
            filter = parts.size() == 1 ? parts.get(0) : Filter.and(parts.toArray(Filter[]::new));
        }
        double[] weights = null;
        if (weight != null) {
            Question w = any(survey, weight, "--weight");
            if (w.type() != QuestionType.NUMBER || w.numbers() == null) {
                throw new LocalizedException("cli.error.weightNotNumber", weight, w.type().jsonName());
            }
            weights = w.numbers();
        }
        CellOptions options = CellOptions.defaults().withStatistics(stats).withAutoNets(autoNets);
        return new TableSpec(q, banner, inner, filter, weights, nets, options);
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
