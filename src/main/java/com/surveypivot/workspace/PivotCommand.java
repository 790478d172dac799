package com.surveypivot.workspace;

import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One change of the workspace's {@link PivotState}: a plain record (so a project file can store it), a pure
 * function of the state, and a short description for the Undo and Redo items.
 */
public sealed interface PivotCommand {

    /** The state after this change. */
    PivotState apply(PivotState state);

    /** A few words for "Undo …" / "Redo …", in the given language. */
    String describe(Locale locale);

    private static String text(Locale locale, String key, Object... args) {
        return Messages.get(locale, "workspace.command." + key, args);
    }

    /** The question of the table's rows. */
    record SetQuestion(String question) implements PivotCommand {
        public PivotState apply(PivotState s) {
            return s.withQuestion(question);
        }

        public String describe(Locale l) {
            return text(l, "question", question);
        }
    }

    /** One attribute to break down by, in place of the first one (null: Total only). */
    record SetAttribute(String attribute) implements PivotCommand {
        public PivotState apply(PivotState s) {
            List<String> banner = new ArrayList<>(s.banner());
            if (attribute == null) {
                if (!banner.isEmpty()) {
                    banner.remove(0);
                }
            } else if (banner.isEmpty()) {
                banner.add(attribute);
            } else {
                banner.remove(attribute);
                if (banner.isEmpty()) {
                    banner.add(attribute);
                } else {
                    banner.set(0, attribute);
                }
            }
            return s.withBanner(banner, s.nest());
        }

        public String describe(Locale l) {
            return attribute == null ? text(l, "noAttribute") : text(l, "attribute", attribute);
        }
    }

    /** Another attribute beside the others (a banner); nothing changes when it is already there. */
    record AddBreakdown(String attribute) implements PivotCommand {
        public PivotState apply(PivotState s) {
            List<String> banner = new ArrayList<>(s.banner());
            if (banner.contains(attribute)) {
                return s;
            }
            banner.add(attribute);
            return s.withBanner(banner, Objects.equals(s.nest(), attribute) ? null : s.nest());
        }

        public String describe(Locale l) {
            return text(l, "addBreakdown", attribute);
        }
    }

    /** An attribute nested within the categories of another ({@code outer} becomes the first attribute). */
    record NestBreakdown(String attribute, String outer) implements PivotCommand {
        public PivotState apply(PivotState s) {
            List<String> banner = new ArrayList<>(s.banner());
            banner.remove(attribute);
            banner.remove(outer);
            banner.add(0, outer);
            return s.withBanner(banner, attribute);
        }

        public String describe(Locale l) {
            return text(l, "nest", attribute, outer);
        }
    }

    /** Takes an attribute out of the banner (or out of the nest). */
    record RemoveBreakdown(String attribute) implements PivotCommand {
        public PivotState apply(PivotState s) {
            if (Objects.equals(s.nest(), attribute)) {
                return s.withBanner(s.banner(), null);
            }
            List<String> banner = new ArrayList<>(s.banner());
            banner.remove(attribute);
            return s.withBanner(banner, banner.isEmpty() ? null : s.nest());
        }

        public String describe(Locale l) {
            return text(l, "removeBreakdown", attribute);
        }
    }

    /** Pivots: the first attribute becomes the question and the question the first attribute. */
    record Swap() implements PivotCommand {
        public PivotState apply(PivotState s) {
            if (s.question() == null || s.attribute() == null) {
                return s;
            }
            String q = s.question();
            return new SetAttribute(q).apply(s.withQuestion(s.attribute()));
        }

        public String describe(Locale l) {
            return text(l, "swap");
        }
    }

    /** Which of the first attribute's categories are shown, in this order (empty: all). */
    record SetSegments(List<String> segments) implements PivotCommand {
        public SetSegments {
            segments = List.copyOf(segments);
        }

        public PivotState apply(PivotState s) {
            return s.withSegments(segments);
        }

        public String describe(Locale l) {
            return segments.isEmpty() ? text(l, "allSegments") : text(l, "segments", segments.size());
        }
    }

    /** Adds or changes the filter on a question (no answers: the condition waits for answers to be picked). */
    record SetFilter(String question, List<String> answers) implements PivotCommand {
        public SetFilter {
            answers = List.copyOf(answers);
        }

        public PivotState apply(PivotState s) {
            List<FilterCondition> filters = new ArrayList<>(s.filters());
            FilterCondition condition = new FilterCondition(question, answers);
            int at = -1;
            for (int i = 0; i < filters.size(); i++) {
                if (filters.get(i).question().equals(question)) {
                    at = i;
                }
            }
            if (at >= 0) {
                filters.set(at, condition);
            } else {
                filters.add(condition);
            }
            return s.withFilters(filters);
        }

        public String describe(Locale l) {
            return text(l, "filter", question);
        }
    }

    /** Removes the filter on a question. */
    record RemoveFilter(String question) implements PivotCommand {
        public PivotState apply(PivotState s) {
            return s.withFilters(s.filters().stream().filter(f -> !f.question().equals(question)).toList());
        }

        public String describe(Locale l) {
            return text(l, "removeFilter", question);
        }
    }

    /** Removes every filter. */
    record ClearFilters() implements PivotCommand {
        public PivotState apply(PivotState s) {
            return s.withFilters(List.of());
        }

        public String describe(Locale l) {
            return text(l, "clearFilters");
        }
    }

    /** The weight question (null: unweighted). */
    record SetWeight(String weight) implements PivotCommand {
        public PivotState apply(PivotState s) {
            return s.withWeight(weight);
        }

        public String describe(Locale l) {
            return weight == null ? text(l, "noWeight") : text(l, "weight", weight);
        }
    }

    /** Merges answers of a question into a NET (a NET of the same name is replaced). */
    record AddNet(String question, NetDefinition net) implements PivotCommand {
        public PivotState apply(PivotState s) {
            AnswerLayout layout = s.answersOf(question);
            List<NetDefinition> nets = new ArrayList<>(layout.nets());
            nets.removeIf(n -> n.name().equals(net.name()));
            nets.add(net);
            return s.withAnswers(question, layout.withNets(nets));
        }

        public String describe(Locale l) {
            return text(l, "addNet", net.name());
        }
    }

    /** Takes a NET out; its members show again. */
    record RemoveNet(String question, String name) implements PivotCommand {
        public PivotState apply(PivotState s) {
            return s.withAnswers(question, s.answersOf(question).withNet(name, n -> null));
        }

        public String describe(Locale l) {
            return text(l, "removeNet", name);
        }
    }

    /** Renames a NET. */
    record RenameNet(String question, String name, String newName) implements PivotCommand {
        public PivotState apply(PivotState s) {
            return s.withAnswers(question, s.answersOf(question).withNet(name, n -> n.withName(newName)));
        }

        public String describe(Locale l) {
            return text(l, "renameNet", name, newName);
        }
    }

    /** Where a NET shows: above or below its members, with them or instead of them. */
    record PlaceNet(String question, String name, NetDefinition.Placement placement, boolean keepMembers)
            implements PivotCommand {
        public PivotState apply(PivotState s) {
            return s.withAnswers(question, s.answersOf(question).withNet(name,
                    n -> n.withPlacement(placement, keepMembers)));
        }

        public String describe(Locale l) {
            return text(l, "placeNet", name);
        }
    }

    /** The question's answers in this order (empty: their own order). */
    record SetAnswerOrder(String question, List<String> order) implements PivotCommand {
        public SetAnswerOrder {
            order = List.copyOf(order);
        }

        public PivotState apply(PivotState s) {
            return s.withAnswers(question, s.answersOf(question).withOrder(order));
        }

        public String describe(Locale l) {
            return text(l, "order", question);
        }
    }

    /** Hides or shows answers of a question. */
    record SetHidden(String question, List<String> answers, boolean hidden) implements PivotCommand {
        public SetHidden {
            answers = List.copyOf(answers);
        }

        public PivotState apply(PivotState s) {
            AnswerLayout layout = s.answersOf(question);
            Set<String> set = new LinkedHashSet<>(layout.hidden());
            if (hidden) {
                set.addAll(answers);
            } else {
                set.removeAll(answers);
            }
            return s.withAnswers(question, layout.withHidden(set));
        }

        public String describe(Locale l) {
            return text(l, hidden ? "hide" : "show", String.join(", ", answers));
        }
    }

    /** An answer's score for means (null: its default score; NaN: no score). */
    record SetScore(String question, String answer, Double score) implements PivotCommand {
        public PivotState apply(PivotState s) {
            AnswerLayout layout = s.answersOf(question);
            Map<String, Double> scores = new LinkedHashMap<>(layout.scores());
            if (score == null) {
                scores.remove(answer);
            } else {
                scores.put(answer, score);
            }
            return s.withAnswers(question, layout.withScores(scores));
        }

        public String describe(Locale l) {
            return text(l, "score", answer);
        }
    }

    /** Significance and automatic NETs. */
    record SetTable(TableSettings settings) implements PivotCommand {
        public PivotState apply(PivotState s) {
            return s.withTable(settings);
        }

        public String describe(Locale l) {
            return text(l, "table");
        }
    }

    /** Chart kind, decimals, report language. */
    record SetChart(ChartSettings settings) implements PivotCommand {
        public PivotState apply(PivotState s) {
            return s.withChart(settings);
        }

        public String describe(Locale l) {
            return text(l, "chart");
        }
    }

    /** Counts or percents, transposed or not. */
    record SetGrid(GridSettings settings) implements PivotCommand {
        public PivotState apply(PivotState s) {
            return s.withGrid(settings);
        }

        public String describe(Locale l) {
            return text(l, "grid");
        }
    }

    /** Two changes made as one step (a question moved from one zone to another), described as the second. */
    record Both(PivotCommand first, PivotCommand second) implements PivotCommand {
        public PivotState apply(PivotState s) {
            return second.apply(first.apply(s));
        }

        public String describe(Locale l) {
            return second.describe(l);
        }
    }
}
