package com.surveypivot.io;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns an SPSS dictionary and its cases into questions. Labelled variables become single-choice questions whose
 * categories are the value labels in code order (a scale where the labels are one, or the variable is ordinal);
 * user-missing codes become no answer; multi-response sets become multi-response questions (their member variables
 * are not listed apart); every other variable goes through the same recognition as a spreadsheet column (numbers,
 * dates, ids, free text). Variable labels become the question texts.
 */
final class SavSurvey {
    /** A labelled numeric variable with more unlabelled values than this is a number with a few labelled codes. */
    private static final int MAX_UNLABELLED = 20;

    private final SavDictionary dict;
    private final SavCases cases;
    private final Charset charset;
    private final MissingValues missing;

    SavSurvey(SavDictionary dict, SavCases cases, ReadOptions options) {
        this.dict = dict;
        this.cases = cases;
        this.charset = dict.charset();
        this.missing = new MissingValues(options.missing());
    }

    List<Question> questions(ReadOptions options) throws SurveyReadException {
        List<SavVariable> vars = dict.variables;
        Map<String, Integer> byName = new HashMap<>();
        for (int v = 0; v < vars.size(); v++) {
            byName.putIfAbsent(vars.get(v).name.toUpperCase(Locale.ROOT), v);
            byName.putIfAbsent(vars.get(v).shortName.toUpperCase(Locale.ROOT), v);
        }
        TreeMap<Integer, Question> placed = new TreeMap<>();
        boolean[] inSet = new boolean[vars.size()];
        for (SavMultiSets.MrSet set : SavMultiSets.parse(dict.multiSets, charset)) {
            List<Integer> members = new ArrayList<>();
            for (String name : set.variables()) {
                Integer v = byName.get(name.toUpperCase(Locale.ROOT));
                if (v != null && !members.contains(v)) {
                    members.add(v);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            members.forEach(m -> inSet[m] = true);
            placed.put(members.get(0), set.dichotomy() ? dichotomy(set, members) : categorySet(set, members));
        }
        List<RawColumn> raw = new ArrayList<>();
        Map<String, Integer> rawPosition = new HashMap<>();
        for (int v = 0; v < vars.size(); v++) {
            if (inSet[v]) {
                continue;
            }
            SavVariable var = vars.get(v);
            Question labelled = labelled(var, v);
            if (labelled != null) {
                placed.put(v, labelled);
            } else {
                RawColumn column = rawColumn(var, v);
                raw.add(column);
                rawPosition.put(column.header(), v);
            }
        }
        if (!raw.isEmpty()) {
            RawTable table = new RawTable(dict.fileLabel, 1, 1, null, cases.rows, raw, Codebook.EMPTY);
            for (Question q : new QuestionRecognizer(options).recognize(table)) {
                Integer v = q.columns().isEmpty() ? null : rawPosition.get(q.columns().get(0));
                int at = v == null ? vars.size() + placed.size() : v;
                if (q.columns().size() == 1 && v != null) {
                    q = q.withLabels(q.id(), text(vars.get(v)), q.type(), q.isOrdered());
                }
                while (placed.containsKey(at)) {
                    at += vars.size() + 1;
                }
                placed.put(at, q);
            }
        }
        return new ArrayList<>(placed.values());
    }

    private String text(SavVariable var) {
        String label = SavText.decode(var.label, charset);
        return label == null || label.isBlank() ? var.name : label.strip();
    }

    /** The value labels of a variable (valid codes only), in code order, or null when it has none to use. */
    private Question labelled(SavVariable var, int v) {
        if (var.isNumeric() && !var.numberLabels.isEmpty() && !var.isDate()) {
            double[] values = cases.numbers[v];
            TreeMap<Double, String> categories = new TreeMap<>();
            var.numberLabels.forEach((code, label) -> {
                if (!var.isUserMissing(code)) {
                    categories.put(code, SavText.decode(label, charset));
                }
            });
            TreeSet<Double> unlabelled = new TreeSet<>();
            for (int r = 0; r < cases.rows; r++) {
                double d = values[r];
                if (!Double.isNaN(d) && !var.isUserMissing(d) && !categories.containsKey(d)
                        && unlabelled.add(d) && unlabelled.size() > MAX_UNLABELLED) {
                    return null;
                }
            }
            if (categories.isEmpty()) {
                return null;
            }
            unlabelled.forEach(d -> categories.put(d, NumberText.format(d)));
            Map<Double, Integer> index = new HashMap<>();
            List<String> labels = new ArrayList<>();
            categories.forEach((code, label) -> {
                if (!missing.isMissing(label)) {
                    index.put(code, labels.size());
                    labels.add(label);
                }
            });
            int[] codes = new int[cases.rows];
            for (int r = 0; r < cases.rows; r++) {
                Integer c = Double.isNaN(values[r]) ? null : index.get(values[r]);
                codes[r] = c == null ? -1 : c;
            }
            return categorical(var, labels, codes);
        }
        if (!var.isNumeric() && !var.stringLabels.isEmpty()) {
            String[] values = cases.strings[v];
            TreeMap<String, String> categories = new TreeMap<>();
            var.stringLabels.forEach((key, label) -> categories.put(
                    new String(key.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), charset),
                    SavText.decode(label, charset)));
            for (int r = 0; r < cases.rows; r++) {
                if (values[r] != null && !isMissingString(var, values[r])) {
                    categories.putIfAbsent(values[r], values[r]);
                }
            }
            Map<String, Integer> index = new HashMap<>();
            List<String> labels = new ArrayList<>();
            categories.forEach((code, label) -> {
                if (!isMissingString(var, code) && !missing.isMissing(label)) {
                    index.put(code, labels.size());
                    labels.add(label);
                }
            });
            int[] codes = new int[cases.rows];
            for (int r = 0; r < cases.rows; r++) {
                Integer c = values[r] == null ? null : index.get(values[r]);
                codes[r] = c == null ? -1 : c;
            }
            return categorical(var, labels, codes);
        }
        return null;
    }

    private Question categorical(SavVariable var, List<String> labels, int[] codes) {
        boolean scale = ScaleCatalog.order(labels).isPresent();
        boolean ordered = scale || var.measure == 2;
        return Question.categorical(var.name, text(var), scale ? QuestionType.SCALE : QuestionType.SINGLE, ordered,
                labels, List.of(var.name), codes);
    }

    private boolean isMissingString(SavVariable var, String value) {
        for (byte[] m : var.missingStrings) {
            if (SavText.decode(m, charset).equals(value)) {
                return true;
            }
        }
        return false;
    }

    private RawColumn rawColumn(SavVariable var, int v) {
        RawColumn column = new RawColumn(v, new String[0], cases.rows);
        column.setHeader(var.name);
        if (var.isNumeric()) {
            double[] values = cases.numbers[v];
            boolean date = var.isDate();
            for (int r = 0; r < cases.rows; r++) {
                double d = values[r];
                if (!Double.isNaN(d) && !Double.isInfinite(d) && !var.isUserMissing(d)) {
                    column.setNumber(r, date ? SavDates.toSerial(d) : d, date);
                }
            }
        } else {
            String[] values = cases.strings[v];
            for (int r = 0; r < cases.rows; r++) {
                if (values[r] != null && !isMissingString(var, values[r])) {
                    column.setText(r, values[r]);
                }
            }
        }
        return column;
    }

    private Question dichotomy(SavMultiSets.MrSet set, List<Integer> members) {
        List<String> options = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<RespondentSet> ticks = new ArrayList<>();
        RespondentSet answered = new RespondentSet(cases.rows);
        for (int m : members) {
            SavVariable var = dict.variables.get(m);
            options.add(text(var));
            columns.add(var.name);
            RespondentSet tick = new RespondentSet(cases.rows);
            for (int r = 0; r < cases.rows; r++) {
                if (var.isNumeric()) {
                    double d = cases.numbers[m][r];
                    if (Double.isNaN(d) || var.isUserMissing(d)) {
                        continue;
                    }
                    answered.add(r);
                    if (isCounted(set.counted(), d)) {
                        tick.add(r);
                    }
                } else if (cases.strings[m][r] != null) {
                    answered.add(r);
                    if (cases.strings[m][r].strip().equals(set.counted())) {
                        tick.add(r);
                    }
                }
            }
            ticks.add(tick);
        }
        return Question.multi(set.name(), set.label(), options, columns, ticks, answered);
    }

    private static boolean isCounted(String counted, double value) {
        try {
            return Double.parseDouble(counted) == value;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private Question categorySet(SavMultiSets.MrSet set, List<Integer> members) {
        TreeMap<Double, String> labels = new TreeMap<>();
        for (int m : members) {
            SavVariable var = dict.variables.get(m);
            if (!var.isNumeric()) {
                continue;
            }
            var.numberLabels.forEach((code, label) -> {
                if (!var.isUserMissing(code)) {
                    labels.putIfAbsent(code, SavText.decode(label, charset));
                }
            });
            for (int r = 0; r < cases.rows; r++) {
                double d = cases.numbers[m][r];
                if (!Double.isNaN(d) && !var.isUserMissing(d) && labels.size() <= 1000) {
                    labels.putIfAbsent(d, NumberText.format(d));
                }
            }
        }
        List<String> options = new ArrayList<>(labels.values());
        List<Double> codes = new ArrayList<>(labels.keySet());
        List<RespondentSet> ticks = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            ticks.add(new RespondentSet(cases.rows));
        }
        RespondentSet answered = new RespondentSet(cases.rows);
        List<String> columns = new ArrayList<>();
        for (int m : members) {
            SavVariable var = dict.variables.get(m);
            columns.add(var.name);
            for (int r = 0; var.isNumeric() && r < cases.rows; r++) {
                double d = cases.numbers[m][r];
                int c = Double.isNaN(d) || var.isUserMissing(d) ? -1 : codes.indexOf(d);
                if (c >= 0) {
                    ticks.get(c).add(r);
                    answered.add(r);
                }
            }
        }
        return Question.multi(set.name(), set.label(), options, columns, ticks, answered);
    }
}
