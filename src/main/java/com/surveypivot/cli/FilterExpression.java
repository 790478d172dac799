package com.surveypivot.cli;

import com.surveypivot.analysis.Filter;
import com.surveypivot.i18n.LocalizedException;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --where EXPR}: conditions on answers combined with {@code and}, {@code or}, {@code not} and parentheses,
 * parsed before the survey is read (so a malformed expression is a usage error) and resolved to an
 * {@link Filter} against the survey (an unknown question or answer is an input error).
 *
 * <pre>
 * expr      := and-expr ( "or" and-expr )*
 * and-expr  := factor ( "and" factor )*
 * factor    := "not" factor | "(" expr ")" | condition
 * condition := label "=" label ( "|" label )*
 * label     := "quoted text" | words
 * </pre>
 * A label is a run of words (spaces and Japanese allowed; inner spacing kept) ending at {@code = | ( )} or at the
 * word {@code and} / {@code or}; quote it with double quotes when it contains {@code = | ( ) "} or is one of the
 * words and / or / not (inside quotes, {@code ""} is a quote). Keywords are case-insensitive. {@code and} binds
 * tighter than {@code or}: {@code Q=a or R=b and S=c} is {@code Q=a or (R=b and S=c)}.
 */
sealed interface FilterExpression {

    /** The filter this expression describes on {@code survey}. */
    Filter resolve(Survey survey) throws LocalizedException;

    /** One condition: any of these answers to the question. */
    record Condition(String question, List<String> answers) implements FilterExpression {
        @Override
        public Filter resolve(Survey survey) throws LocalizedException {
            Question on = CrosstabOptions.any(survey, question, "--where");
            Filter.Answer filter = new Filter.Answer(on, answers);
            for (String answer : answers) {
                if (!filter.known(answer)) {
                    throw new LocalizedException("cli.error.whereAnswer", answer, on.id());
                }
            }
            return filter;
        }
    }

    record And(List<FilterExpression> parts) implements FilterExpression {
        @Override
        public Filter resolve(Survey survey) throws LocalizedException {
            return Filter.and(resolveAll(parts, survey));
        }
    }

    record Or(List<FilterExpression> parts) implements FilterExpression {
        @Override
        public Filter resolve(Survey survey) throws LocalizedException {
            return Filter.or(resolveAll(parts, survey));
        }
    }

    record Not(FilterExpression part) implements FilterExpression {
        @Override
        public Filter resolve(Survey survey) throws LocalizedException {
            return Filter.not(part.resolve(survey));
        }
    }

    private static Filter[] resolveAll(List<FilterExpression> parts, Survey survey) throws LocalizedException {
        Filter[] out = new Filter[parts.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = parts.get(i).resolve(survey);
        }
        return out;
    }

    /**
     * Parses an expression.
     *
     * @throws IllegalArgumentException with a translated one-line message naming the problem and its position
     */
    static FilterExpression parse(String text) {
        return new Parser(text).parse();
    }

    /** A recursive-descent parser over a small tokenizer. */
    final class Parser {
        private enum Type { WORD, QUOTED, EQ, BAR, OPEN, CLOSE, END }

        private record Token(Type type, String text, int start, int end) {
            boolean keyword(String word) {
                return type == Type.WORD && text.toLowerCase(Locale.ROOT).equals(word);
            }
        }

        private final String text;
        private final List<Token> tokens = new ArrayList<>();
        private int at;

        Parser(String text) {
            this.text = text == null ? "" : text;
            tokenize();
        }

        FilterExpression parse() {
            if (tokens.get(0).type == Type.END) {
                throw error("cli.error.whereEmpty");
            }
            FilterExpression e = or();
            if (peek().type != Type.END) {
                throw unexpected();
            }
            return e;
        }

        private FilterExpression or() {
            List<FilterExpression> parts = new ArrayList<>();
            parts.add(and());
            while (peek().keyword("or")) {
                at++;
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Or(parts);
        }

        private FilterExpression and() {
            List<FilterExpression> parts = new ArrayList<>();
            parts.add(factor());
            while (peek().keyword("and")) {
                at++;
                parts.add(factor());
            }
            return parts.size() == 1 ? parts.get(0) : new And(parts);
        }

        private FilterExpression factor() {
            Token t = peek();
            if (t.keyword("not")) {
                at++;
                return new Not(factor());
            }
            if (t.type == Type.OPEN) {
                at++;
                FilterExpression inner = or();
                if (peek().type != Type.CLOSE) {
                    throw error("cli.error.whereClose", peek().start + 1);
                }
                at++;
                return inner;
            }
            String question = label();
            if (peek().type != Type.EQ) {
                throw error("cli.error.whereEquals", question, peek().start + 1);
            }
            at++;
            List<String> answers = new ArrayList<>();
            answers.add(label());
            while (peek().type == Type.BAR) {
                at++;
                answers.add(label());
            }
            return new Condition(question, answers);
        }

        /** A quoted label, or words up to a symbol or the keyword and / or. */
        private String label() {
            Token first = peek();
            if (first.type == Type.QUOTED) {
                at++;
                return first.text;
            }
            if (first.type != Type.WORD || first.keyword("and") || first.keyword("or")) {
                throw unexpected();
            }
            Token last = first;
            while (peek().type == Type.WORD && !peek().keyword("and") && !peek().keyword("or")) {
                last = tokens.get(at++);
            }
            return text.substring(first.start, last.end);
        }

        private Token peek() {
            return tokens.get(at);
        }

        private IllegalArgumentException unexpected() {
            Token t = peek();
            return t.type == Type.END ? error("cli.error.whereEnd")
                    : error("cli.error.whereUnexpected", t.type == Type.QUOTED ? "\"" + t.text + "\"" : t.text,
                            t.start + 1);
        }

        private IllegalArgumentException error(String key, Object... args) {
            Object[] all = new Object[args.length + 1];
            all[0] = text;
            System.arraycopy(args, 0, all, 1, args.length);
            return new IllegalArgumentException(Messages.get(key, all));
        }

        private void tokenize() {
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '=' || c == '|' || c == '(' || c == ')') {
                    Type type = c == '=' ? Type.EQ : c == '|' ? Type.BAR : c == '(' ? Type.OPEN : Type.CLOSE;
                    tokens.add(new Token(type, String.valueOf(c), i, i + 1));
                    i++;
                } else if (c == '"') {
                    StringBuilder sb = new StringBuilder();
                    int start = i++;
                    boolean closed = false;
                    while (i < n) {
                        char d = text.charAt(i++);
                        if (d == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                sb.append('"');
                                i++;
                            } else {
                                closed = true;
                                break;
                            }
                        } else {
                            sb.append(d);
                        }
                    }
                    if (!closed) {
                        throw error("cli.error.whereQuote", start + 1);
                    }
                    tokens.add(new Token(Type.QUOTED, sb.toString(), start, i));
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(text.charAt(i)) && "=|()\"".indexOf(text.charAt(i)) < 0) {
                        i++;
                    }
                    tokens.add(new Token(Type.WORD, text.substring(start, i), start, i));
                }
            }
            tokens.add(new Token(Type.END, "", n, n));
        }
    }
}
