package com.surveypivot.io;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the columns of a sheet into questions: declared multi-response sets first, then groups of columns
 * sharing a code stem ({@code Q1_1 … Q1_10}) whose cells are ticks, then each remaining column typed as id,
 * date, number, multi-response in one delimited cell, free text, scale or single choice.
 */
final class QuestionRecognizer {
    private static final Pattern ID_HEADER = Pattern.compile(
            "(?is)^(id|no\\.?|#|.*[ _\\-]id|.*ID.*|.*番号|respondent|response ?id|sample ?id|serial.*|回答者.*|サンプル.*)$");
    private static final Pattern ID_VALUE = Pattern.compile("^[A-Za-z_#\\-]{0,10}\\d+$|^[0-9a-fA-F\\-]{8,}$");

    private final ReadOptions options;
    private final MissingValues missing;
    private Codebook codebook = Codebook.EMPTY;

    QuestionRecognizer(ReadOptions options) {
        this.options = options;
        this.missing = new MissingValues(options.missing());
    }

    /** The questions in column order (a set at the place of its first column). */
    List<Question> recognize(RawTable table) throws SurveyReadException {
        int rows = table.rows();
        List<RawColumn> raws = table.columns();
        ColumnValues[] values = new ColumnValues[raws.size()];
        boolean[] used = new boolean[raws.size()];
        ColumnTasks.run(raws.size(), rows, i -> {
            values[i] = new ColumnValues(raws.get(i), rows, missing);
            used[i] = PersonalData.isPersonal(values[i]);
        });
        List<ColumnValues> columns = Arrays.asList(values);
        codebook = table.codebook();
        Question[] placed = new Question[columns.size()];
        MultiColumnQuestions sets = new MultiColumnQuestions(options, codebook);
        sets.declaredSets(columns, rows, placed, used);
        sets.groups(columns, rows, placed, used);
        Question[] offered = TickRuns.offer(columns, used, rows);
        boolean[] grouped = used.clone();
        ColumnTasks.run(columns.size(), rows, i -> {
            if (!grouped[i]) {
                placed[i] = single(columns.get(i), rows);
            }
        });
        List<Question> ordered = new ArrayList<>();
        for (int i = 0; i < placed.length; i++) {
            if (offered[i] != null) {
                ordered.add(offered[i]);
            }
            if (placed[i] != null) {
                ordered.add(placed[i]);
            }
        }
        List<Question> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Question q : ordered) {
            if (!seen.add(q.id())) {
                String header = q.columns().isEmpty() ? q.id() : q.columns().get(0);
                String id = seen.add(header) ? header : header + " (" + out.size() + ")";
                seen.add(id);
                q = q.withLabels(id, q.text(), q.type(), q.isOrdered());
            }
            out.add(q);
        }
        return out;
    }

    /** One column as one question. */
    private Question single(ColumnValues c, int rows) {
        HeaderCode h = c.header;
        String id = h.id();
        String text = h.text();
        String column = c.raw.header();
        Codebook.Entry entry = codebook.find(h);
        if (entry != null && entry.text() != null && (text.equals(h.code()) || text.equals(entry.key()))) {
            text = entry.text();
        }
        if (entry != null && !c.numeric) {
            Optional<DelimitedSplitter.Split> split = DelimitedSplitter.detect(c.countsByLabel());
            if (split.isPresent()) {
                return MultiResponseQuestions.delimited(id, text, c, split.get().delimiter(), rows, split.get(),
                        entry);
            }
        }
        CodedAnswers coded = CodedAnswers.of(c, entry, missing);
        if (coded != null) {
            return coded(id, text, coded, column);
        }
        if (c.numeric) {
            if (c.dates) {
                NumberCategories.Categorised cat = NumberCategories.dates(c.numbers);
                return Question.date(id, text, column, c.numbers, cat.labels(), cat.codes());
            }
            if (looksLikeNumericId(c, rows)) {
                String[] values = new String[rows];
                for (int r = 0; r < rows; r++) {
                    values[r] = c.label(r);
                }
                return Question.text(id, text, QuestionType.ID, column, values);
            }
            NumberCategories.Categorised cat = NumberCategories.numbers(c.numbers);
            return Question.number(id, text, column, c.numbers, cat.labels(), cat.codes());
        }
        if (c.answered == 0) {
            return Question.text(id, text, QuestionType.TEXT, column, new String[rows]);
        }
        Optional<double[]> dates = textDates(c, rows);
        if (dates.isPresent()) {
            NumberCategories.Categorised cat = NumberCategories.dates(dates.get());
            return Question.date(id, text, column, dates.get(), cat.labels(), cat.codes());
        }
        if (looksLikeTextId(c, rows)) {
            return Question.text(id, text, QuestionType.ID, column, texts(c, rows));
        }
        Optional<DelimitedSplitter.Split> split = DelimitedSplitter.detect(c.countsByLabel());
        if (split.isPresent()) {
            return MultiResponseQuestions.delimited(id, text, c, split.get().delimiter(), rows, split.get());
        }
        if (looksLikeFreeText(c)) {
            return Question.text(id, text, QuestionType.TEXT, column, texts(c, rows));
        }
        Optional<List<String>> scale = ScaleCatalog.order(c.labels);
        if (scale.isPresent()) {
            return categorical(id, text, QuestionType.SCALE, true, scale.get(), c, column);
        }
        CategoryOrder.Ordering ordering = CategoryOrder.order(c.labels);
        return categorical(id, text, QuestionType.SINGLE, ordering.ordered(), ordering.labels(), c, column);
    }

    /** A column read through its codebook entry: a scale when its answers are one, else single choice. */
    private static Question coded(String id, String text, CodedAnswers coded, String column) {
        Optional<List<String>> scale = ScaleCatalog.order(coded.categories());
        if (scale.isEmpty()) {
            boolean ordered = CategoryOrder.order(coded.categories()).ordered();
            return Question.categorical(id, text, QuestionType.SINGLE, ordered, coded.categories(), List.of(column),
                    coded.codes());
        }
        List<String> order = scale.get();
        int[] codes = coded.codes().clone();
        for (int r = 0; r < codes.length; r++) {
            if (codes[r] >= 0) {
                codes[r] = order.indexOf(coded.categories().get(codes[r]));
            }
        }
        return Question.categorical(id, text, QuestionType.SCALE, true, order, List.of(column), codes);
    }

    private static Question categorical(String id, String text, QuestionType type, boolean ordered,
            List<String> order, ColumnValues c, String column) {
        int[] remap = new int[c.labels.size()];
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        for (int l = 0; l < remap.length; l++) {
            remap[l] = position.get(c.labels.get(l));
        }
        int[] codes = new int[c.codes.length];
        for (int r = 0; r < codes.length; r++) {
            codes[r] = c.codes[r] < 0 ? -1 : remap[c.codes[r]];
        }
        return Question.categorical(id, text, type, ordered, order, List.of(column), codes);
    }

    private static String[] texts(ColumnValues c, int rows) {
        String[] values = new String[rows];
        for (int r = 0; r < rows; r++) {
            values[r] = c.label(r);
        }
        return values;
    }

    private static boolean looksLikeNumericId(ColumnValues c, int rows) {
        if (rows < 10 || c.answered != rows || !ID_HEADER.matcher(c.raw.header()).matches()) {
            return false;
        }
        return wholeAndDistinct(c.numbers);
    }

    /**
     * Whether every value is a whole number and no two are equal (as {@link Double#equals}, so 0 and -0 differ).
     * Through a bit per value of the range when the range is small (ids 1…n), else a set.
     */
    static boolean wholeAndDistinct(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean negativeZero = false;
        for (double v : values) {
            if (!NumberText.isWhole(v)) {
                return false;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
            negativeZero |= Double.doubleToRawLongBits(v) == Long.MIN_VALUE;
        }
        if (values.length > 0 && !negativeZero && max - min < 64.0 * values.length) {
            long[] seen = new long[(int) ((max - min) / 64) + 1];
            for (double v : values) {
                long offset = (long) (v - min);
                long bit = 1L << offset;
                int word = (int) (offset >>> 6);
                if ((seen[word] & bit) != 0) {
                    return false;
                }
                seen[word] |= bit;
            }
            return true;
        }
        Set<Double> seen = new HashSet<>();
        for (double v : values) {
            if (!seen.add(v)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeTextId(ColumnValues c, int rows) {
        if (c.answered < 10 || c.labels.size() != c.answered || c.answered * 10 < rows * 9) {
            return false;
        }
        if (ID_HEADER.matcher(c.raw.header()).matches()) {
            return true;
        }
        for (String label : c.labels) {
            if (!ID_VALUE.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Many distinct, long-ish answers: free text, listed but not crossed. */
    private static boolean looksLikeFreeText(ColumnValues c) {
        int distinct = c.labels.size();
        long length = 0;
        for (String label : c.labels) {
            length += label.length();
        }
        double averageLength = distinct == 0 ? 0 : length / (double) distinct;
        return (distinct >= 10 && distinct * 2 > c.answered)
                || (distinct >= 10 && averageLength >= 12 && distinct * 10 > c.answered)
                || (distinct > 30 && (distinct * 5 > c.answered || averageLength >= 15))
                || distinct > 200;
    }

    /** Epoch days when every answer is a date or date-time text, else empty. */
    private static Optional<double[]> textDates(ColumnValues c, int rows) {
        double[] byLabel = new double[c.labels.size()];
        for (int l = 0; l < byLabel.length; l++) {
            byLabel[l] = IsoDates.parseEpochDays(c.labels.get(l));
            if (Double.isNaN(byLabel[l])) {
                return Optional.empty();
            }
        }
        double[] days = new double[rows];
        for (int r = 0; r < rows; r++) {
            days[r] = c.codes[r] < 0 ? Double.NaN : byLabel[c.codes[r]];
        }
        return Optional.of(days);
    }
}
