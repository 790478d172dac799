package com.surveypivot.findings;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tables a scan computes: its questions by its attributes, each unordered pair once. Where both Q by A and
 * A by Q would be scanned, only the one whose attribute comes first in the survey is kept (attributes usually
 * stand before the questions in an export); a question is never crossed by itself.
 */
final class ScanPairs {
    private ScanPairs() {
    }

    /** The questions a scan covers by default: single-choice, scale and multi-response questions, grid items. */
    static List<Question> defaultQuestions(Survey survey, Question weight) {
        List<Question> out = new ArrayList<>();
        for (Question q : survey.questions()) {
            if (q.type() == QuestionType.GRID) {
                for (Question item : q.items()) {
                    if (isDefaultType(item) && item.categoryCount() >= 2) {
                        out.add(item);
                    }
                }
            } else if (q != weight && isDefaultType(q) && q.categoryCount() >= 2) {
                out.add(q);
            }
        }
        return out;
    }

    /** The attributes a scan uses by default: single-choice, scale or multi-response with min…max categories. */
    static List<Question> defaultAttributes(Survey survey, Question weight, int min, int max) {
        return survey.questions().stream().filter(q -> q != weight && isDefaultType(q)
                && q.categoryCount() >= min && q.categoryCount() <= max).toList();
    }

    private static boolean isDefaultType(Question q) {
        return q.type() == QuestionType.SINGLE || q.type() == QuestionType.SCALE || q.type() == QuestionType.MULTI;
    }

    /**
     * The questions to cross by each attribute, attributes in the order given, each unordered pair once.
     *
     * @return attribute → its questions (never empty lists)
     */
    static Map<Question, List<Question>> of(Survey survey, List<Question> questions, List<Question> attributes) {
        Map<Question, Integer> position = positions(survey);
        Set<Question> asQuestion = identitySet(questions);
        Set<Question> asAttribute = identitySet(attributes);
        Map<Question, List<Question>> out = new LinkedHashMap<>();
        Set<List<Integer>> seen = new HashSet<>();
        Map<Question, Integer> ids = new IdentityHashMap<>();
        for (Question a : attributes) {
            List<Question> mine = new ArrayList<>();
            for (Question q : questions) {
                if (q == a || !seen.add(List.of(id(ids, q), id(ids, a)))) {
                    continue;
                }
                boolean mirrored = asQuestion.contains(a) && asAttribute.contains(q);
                if (mirrored) {
                    seen.add(List.of(id(ids, a), id(ids, q)));
                    if (position.getOrDefault(q, Integer.MAX_VALUE) < position.getOrDefault(a, Integer.MAX_VALUE)) {
                        // the other orientation (A by Q) is the one kept
                        out.computeIfAbsent(q, k -> new ArrayList<>()).add(a);
                        continue;
                    }
                }
                mine.add(q);
            }
            if (!mine.isEmpty()) {
                out.computeIfAbsent(a, k -> new ArrayList<>()).addAll(mine);
            }
        }
        return out;
    }

    private static int id(Map<Question, Integer> ids, Question q) {
        return ids.computeIfAbsent(q, k -> ids.size());
    }

    private static Set<Question> identitySet(List<Question> list) {
        Set<Question> set = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(list);
        return set;
    }

    /** Survey order of every question and grid item (an item takes its grid's place). */
    private static Map<Question, Integer> positions(Survey survey) {
        Map<Question, Integer> out = new IdentityHashMap<>();
        List<Question> all = survey.questions();
        for (int i = 0; i < all.size(); i++) {
            out.put(all.get(i), i);
            for (Question item : all.get(i).items()) {
                out.put(item, i);
            }
        }
        return out;
    }
}
