package com.surveypivot.ui;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The Data tab's columns: one per question (one per item of a grid), each giving the text of one respondent's
 * answer on demand, so that only the cells on screen are ever turned into text. A single answer or a scale shows
 * its label, a multi-response question the options ticked ("a; b"), a number its value, a date its day (and time),
 * a text or id its text; no answer is "". Plain Java (no JavaFX), so the page fetch can be measured on its own.
 */
public final class RespondentColumns {
    private final List<Column> columns;

    /** One column. */
    public abstract static sealed class Column permits Coded, Multi, Numbers, Texts {
        private final Question question;
        private final String header;

        Column(Question question, String header) {
            this.question = question;
            this.header = header;
        }

        /** The question (for a grid's item, the item). */
        public Question question() {
            return question;
        }

        /** The header: the question's id (a grid item's own id). */
        public String header() {
            return header;
        }

        /** The answer of respondent {@code r} as text ("" for none). */
        public abstract String value(int r);
    }

    private static final class Coded extends Column {
        private final List<String> labels;

        Coded(Question q) {
            super(q, q.id());
            labels = q.categories();
        }

        @Override
        public String value(int r) {
            int code = question().code(r);
            return code < 0 ? "" : labels.get(code);
        }
    }

    private static final class Multi extends Column {
        Multi(Question q) {
            super(q, q.id());
        }

        @Override
        public String value(int r) {
            Question q = question();
            StringBuilder out = new StringBuilder();
            for (int c = 0; c < q.categoryCount(); c++) {
                if (q.members(c).contains(r)) {
                    if (out.length() > 0) {
                        out.append("; ");
                    }
                    out.append(q.categories().get(c));
                }
            }
            return out.toString();
        }
    }

    private static final class Numbers extends Column {
        private final double[] values;
        private final boolean date;

        Numbers(Question q) {
            super(q, q.id());
            values = q.numbers();
            date = q.type() == QuestionType.DATE;
        }

        @Override
        public String value(int r) {
            double v = values[r];
            if (!Double.isFinite(v)) {
                return "";
            }
            if (date) {
                long day = (long) Math.floor(v);
                double fraction = v - day;
                if (fraction == 0) {
                    return LocalDate.ofEpochDay(day).toString();
                }
                long seconds = Math.round(fraction * 86_400);
                return LocalDateTime.of(LocalDate.ofEpochDay(day), LocalTime.ofSecondOfDay(Math.min(seconds, 86_399)))
                        .toString().replace('T', ' ');
            }
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                return Long.toString((long) v);
            }
            return new BigDecimal(v).round(new MathContext(8)).stripTrailingZeros().toPlainString();
        }
    }

    private static final class Texts extends Column {
        private final List<String> texts;

        Texts(Question q) {
            super(q, q.id());
            texts = q.texts();
        }

        @Override
        public String value(int r) {
            String t = texts.get(r);
            return t == null ? "" : t;
        }
    }

    private RespondentColumns(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Every question of the survey as columns, in the survey's order. */
    public static RespondentColumns of(Survey survey) {
        List<Column> columns = new ArrayList<>();
        for (Question q : survey.questions()) {
            add(columns, q);
        }
        return new RespondentColumns(columns);
    }

    private static void add(List<Column> columns, Question q) {
        switch (q.type()) {
            case GRID -> q.items().forEach(item -> add(columns, item));
            case MULTI -> columns.add(new Multi(q));
            case TEXT, ID -> columns.add(new Texts(q));
            case NUMBER, DATE -> columns.add(q.numbers() != null ? new Numbers(q) : new Coded(q));
            default -> {
                if (q.hasCodes()) {
                    columns.add(new Coded(q));
                }
            }
        }
    }

    public List<Column> columns() {
        return columns;
    }

    /** The column of a question (by id), or null. */
    public Column column(String id) {
        for (Column c : columns) {
            if (c.header().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
