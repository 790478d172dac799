package com.surveypivot.io;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
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
        List<ColumnValues> columns = new ArrayList<>();
        for (RawColumn raw : table.columns()) {
            ReadCancel.check();
            columns.add(new ColumnValues(raw, rows, missing));
        }
        codebook = table.codebook();
        Question[] placed = new Question[columns.size()];
        boolean[] used = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            ReadCancel.check();
            used[i] = PersonalData.isPersonal(columns.get(i));
        }
        declaredSets(columns, rows, placed, used);
        groups(columns, rows, placed, used);
        Question[] offered = TickRuns.offer(columns, used, rows);
        for (int i = 0; i < columns.size(); i++) {
            ReadCancel.check();
            if (!used[i]) {
                used[i] = true;
                placed[i] = single(columns.get(i), rows);
            }
        }
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

    /** Multi-response sets the user declared, which override recognition. */
    private void declaredSets(List<ColumnValues> columns, int rows, Question[] placed, boolean[] used)
            throws SurveyReadException {
        for (Map.Entry<String, List<String>> set : options.multiSets().entrySet()) {
            String name = set.getKey();
            if (set.getValue().isEmpty()) {
                throw new SurveyReadException("io.error.emptySet", name);
            }
            List<Integer> members = new ArrayList<>();
            for (String wanted : set.getValue()) {
                int index = find(columns, wanted);
                if (index < 0) {
                    throw new SurveyReadException("io.error.unknownColumn", name, wanted);
                }
                members.add(index);
            }
            Question q;
            if (members.size() == 1 && options.separator() != null && !options.separator().isEmpty()) {
                q = delimited(name, name, columns.get(members.get(0)), options.separator(), rows, null);
            } else {
                List<ColumnValues> cols = members.stream().map(columns::get).toList();
                q = tickSet(name, name, cols, rows);
            }
            int first = members.stream().mapToInt(Integer::intValue).min().orElseThrow();
            for (int m : members) {
                used[m] = true;
            }
            placed[first] = q;
        }
    }

    private static int find(List<ColumnValues> columns, String wanted) {
        String w = wanted.strip();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).raw.header().equals(w)) {
                return i;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            HeaderCode h = columns.get(i).header;
            if (w.equals(h.code()) || w.equalsIgnoreCase(columns.get(i).raw.header())) {
                return i;
            }
        }
        for (int i = 0; i < columns.size(); i++) {
            HeaderCode h = columns.get(i).header;
            if (w.equals(h.text()) || w.equals(h.option())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Adjacent columns sharing a code stem (or a question header over them) become one question: a
     * multi-response set where their cells are ticks, else a grid where they hold answers of one scale.
     */
    private void groups(List<ColumnValues> columns, int rows, Question[] placed, boolean[] used) {
        int i = 0;
        while (i < columns.size()) {
            String key = groupKey(columns.get(i));
            if (key == null || used[i]) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < columns.size() && !used[end] && key.equals(groupKey(columns.get(end)))) {
                end++;
            }
            ColumnValues first = columns.get(i);
            String stem = first.header.stem() != null ? first.header.stem() : HeaderCode.parse(first.raw.group()).id();
            Codebook.Entry entry = codebook.findStem(stem);
            List<Integer> ticks = new ArrayList<>();
            for (int k = i; k < end; k++) {
                if (TickColumns.isTickColumn(columns.get(k))) {
                    ticks.add(k);
                }
            }
            if (ticks.size() >= 2) {
                List<ColumnValues> cols = ticks.stream().map(columns::get).toList();
                placed[ticks.get(0)] = tickSet(stem, groupText(cols, stem, entry), cols, rows, entry);
                for (int k : ticks) {
                    used[k] = true;
                }
            } else {
                List<ColumnValues> cols = columns.subList(i, end);
                Optional<Question> grid = GridQuestions.build(stem, groupText(cols, stem, entry), cols, entry);
                if (grid.isPresent()) {
                    placed[i] = grid.get();
                    for (int k = i; k < end; k++) {
                        used[k] = true;
                    }
                }
            }
            i = end;
        }
    }

    private static String groupKey(ColumnValues c) {
        if (c.header.stem() != null) {
            return "stem:" + c.header.stem();
        }
        return c.raw.group() == null ? null : "group:" + c.raw.group();
    }

    private static String groupText(List<ColumnValues> cols, String stem, Codebook.Entry entry) {
        ColumnValues first = cols.get(0);
        if (first.header.stem() == null && first.raw.group() != null) {
            HeaderCode group = HeaderCode.parse(first.raw.group());
            return group.text();
        }
        String text = first.header.stemText();
        for (ColumnValues c : cols) {
            if (!c.header.stemText().equals(text)) {
                return entry != null && entry.text() != null ? entry.text() : stem;
            }
        }
        if (text.equals(first.header.code()) || text.equals(stem)) {
            return entry != null && entry.text() != null ? entry.text() : stem;
        }
        return text;
    }

    /** A multi-response question from tick columns; the base is whoever answered any of them. */
    private static Question tickSet(String id, String text, List<ColumnValues> cols, int rows) {
        return tickSet(id, text, cols, rows, null);
    }

    private static Question tickSet(String id, String text, List<ColumnValues> cols, int rows, Codebook.Entry entry) {
        List<String> options = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        List<RespondentSet> ticks = new ArrayList<>();
        RespondentSet answered = new RespondentSet(rows);
        boolean sameStemText = cols.stream().map(c -> c.header.stemText()).distinct().count() == 1;
        for (ColumnValues c : cols) {
            String option = c.header.option();
            if (option == null && c.raw.group() != null && c.raw.header().startsWith(c.raw.group() + " - ")) {
                option = c.raw.header().substring(c.raw.group().length() + 3).strip();
            }
            if (option == null && entry != null && c.header.stem() != null && c.header.text().equals(c.header.code())) {
                option = entry.labelOf(suffix(c.header));
            }
            if (option == null) {
                String own = TickColumns.optionText(c);
                if (own != null) {
                    option = own;
                } else if (c.header.code() != null && !sameStemText) {
                    option = c.header.text();
                } else {
                    option = c.raw.header();
                }
            }
            while (options.contains(option)) {
                option = option + " (" + c.raw.header() + ")";
            }
            options.add(option);
            headers.add(c.raw.header());
            ticks.add(TickColumns.ticks(c, rows, answered));
        }
        return Question.multi(id, text, options, headers, ticks, answered);
    }

    /** The sub-code of a group member: {@code 3} of {@code Q1_3}, {@code Q7_Part_3} or {@code Q1[3]}. */
    static String suffix(HeaderCode h) {
        String code = h.code();
        String rest = code.length() > h.stem().length() ? code.substring(h.stem().length()) : "";
        if (rest.isEmpty()) {
            int open = h.header().indexOf('[');
            int close = h.header().indexOf(']', open + 1);
            rest = open >= 0 && close > open ? h.header().substring(open + 1, close) : "";
        }
        rest = rest.replaceFirst("^_?(Part_)?", "");
        return rest.replaceFirst("^[A-Za-z]+0*(?=\\d)", "");
    }

    /** A multi-response question held in one column, answers joined by a delimiter. */
    private static Question delimited(String id, String text, ColumnValues c, String delimiter, int rows,
            DelimitedSplitter.Split split) {
        return delimited(id, text, c, delimiter, rows, split, null);
    }

    private static Question delimited(String id, String text, ColumnValues c, String delimiter, int rows,
            DelimitedSplitter.Split split, Codebook.Entry entry) {
        Map<String, List<String>> partsOf = new HashMap<>();
        List<String> options = new ArrayList<>();
        if (split != null) {
            partsOf.putAll(split.partsOfValue());
            options.addAll(split.options());
        } else {
            for (String label : c.labels) {
                List<String> parts = DelimitedSplitter.tokens(label, delimiter).stream().distinct().toList();
                partsOf.put(label, parts);
                for (String p : parts) {
                    if (!options.contains(p)) {
                        options.add(p);
                    }
                }
            }
        }
        List<String> labels = new ArrayList<>();
        for (String o : options) {
            String label = CodedAnswers.label(entry, o);
            if (!labels.contains(label)) {
                labels.add(label);
            }
        }
        labels = CodedAnswers.sorted(entry, labels);
        Map<String, Integer> optionIndex = new HashMap<>();
        List<RespondentSet> ticks = new ArrayList<>();
        for (String label : labels) {
            ticks.add(new RespondentSet(rows));
        }
        for (String o : options) {
            optionIndex.put(o, labels.indexOf(CodedAnswers.label(entry, o)));
        }
        RespondentSet answered = new RespondentSet(rows);
        int[][] optionsOfLabel = new int[c.labels.size()][];
        for (int l = 0; l < c.labels.size(); l++) {
            optionsOfLabel[l] = partsOf.getOrDefault(c.labels.get(l), List.of()).stream()
                    .mapToInt(optionIndex::get).toArray();
        }
        for (int r = 0; r < rows; r++) {
            int code = c.numeric ? -1 : c.codes[r];
            if (code >= 0) {
                answered.add(r);
                for (int o : optionsOfLabel[code]) {
                    ticks.get(o).add(r);
                }
            }
        }
        return Question.multi(id, text, labels, List.of(c.raw.header()), ticks, answered);
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
                return delimited(id, text, c, split.get().delimiter(), rows, split.get(), entry);
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
            return delimited(id, text, c, split.get().delimiter(), rows, split.get());
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
        Set<Double> seen = new HashSet<>();
        for (double v : c.numbers) {
            if (!NumberText.isWhole(v) || !seen.add(v)) {
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
