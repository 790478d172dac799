package com.surveypivot.text;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * The answers of a free-text question with the words of each, tokenised once: per answer the distinct words it
 * uses (as ids into a vocabulary), so that counting words by respondent over any set of respondents is one pass
 * over the answers in that set. Blank answers are not answers. Immutable once built.
 */
public final class TextAnswers {
    private static final int CHUNK = 2_000;
    private final int respondents;
    private final int[] rows;
    private final String[] texts;
    private final int[][] words;
    private final String[] vocabulary;
    private final Map<String, Integer> ids;
    private final int[] answerOf;

    private TextAnswers(int respondents, int[] rows, String[] texts, int[][] words, String[] vocabulary) {
        this.respondents = respondents;
        this.rows = rows;
        this.texts = texts;
        this.words = words;
        this.vocabulary = vocabulary;
        this.ids = new HashMap<>(vocabulary.length * 2);
        for (int i = 0; i < vocabulary.length; i++) {
            ids.put(vocabulary[i], i);
        }
        this.answerOf = new int[respondents];
        Arrays.fill(answerOf, -1);
        for (int a = 0; a < rows.length; a++) {
            answerOf[rows[a]] = a;
        }
    }

    /** The answers of a TEXT (or ID) question. */
    public static TextAnswers of(Question question) {
        return of(question, () -> false);
    }

    /** The answers of a TEXT question; {@code cancelled} is asked between chunks of answers. */
    public static TextAnswers of(Question question, BooleanSupplier cancelled) {
        List<String> values = question.texts();
        if (values == null) {
            throw new IllegalArgumentException(question.id() + " holds no text");
        }
        return of(values.toArray(String[]::new), cancelled);
    }

    /**
     * The answers of one value per respondent (null or blank: no answer), tokenised on every core.
     *
     * @throws CancellationException when {@code cancelled} says so
     */
    public static TextAnswers of(String[] perRespondent, BooleanSupplier cancelled) {
        List<Integer> rowList = new ArrayList<>();
        for (int r = 0; r < perRespondent.length; r++) {
            if (perRespondent[r] != null && !perRespondent[r].isBlank()) {
                rowList.add(r);
            }
        }
        int n = rowList.size();
        int[] rows = rowList.stream().mapToInt(Integer::intValue).toArray();
        String[] texts = new String[n];
        for (int a = 0; a < n; a++) {
            texts[a] = perRespondent[rows[a]].strip();
        }
        String[][] distinct = new String[n][];
        int chunks = (n + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            WordTokenizer tokenizer = new WordTokenizer();
            for (int a = chunk * CHUNK; a < Math.min(n, (chunk + 1) * CHUNK); a++) {
                if (a % 256 == 0 && cancelled.getAsBoolean()) {
                    throw new CancellationException("tokenising was cancelled");
                }
                Set<String> seen = new LinkedHashSet<>(tokenizer.words(texts[a]));
                distinct[a] = seen.toArray(String[]::new);
            }
        });
        Map<String, Integer> ids = new HashMap<>();
        List<String> vocabulary = new ArrayList<>();
        int[][] words = new int[n][];
        for (int a = 0; a < n; a++) {
            int[] list = new int[distinct[a].length];
            for (int i = 0; i < list.length; i++) {
                String w = distinct[a][i];
                Integer id = ids.get(w);
                if (id == null) {
                    id = vocabulary.size();
                    ids.put(w, id);
                    vocabulary.add(w);
                }
                list[i] = id;
            }
            Arrays.sort(list);
            words[a] = list;
        }
        return new TextAnswers(perRespondent.length, rows, texts, words, vocabulary.toArray(String[]::new));
    }

    /** How many answers (non-blank). */
    public int size() {
        return rows.length;
    }

    /** How many respondents the survey has (answering or not). */
    public int respondentCount() {
        return respondents;
    }

    /** The respondent (row index) of answer {@code a}. */
    public int respondent(int a) {
        return rows[a];
    }

    public String text(int a) {
        return texts[a];
    }

    /** The answer of a respondent, or null when they wrote nothing. */
    public String textOf(int respondent) {
        int a = answerOf[respondent];
        return a < 0 ? null : texts[a];
    }

    /** The answer index of a respondent, or -1. */
    public int answerOf(int respondent) {
        return respondent < 0 || respondent >= respondents ? -1 : answerOf[respondent];
    }

    /** The distinct word ids of answer {@code a}, ascending. */
    int[] wordIds(int a) {
        return words[a];
    }

    /** How many distinct words all answers use. */
    public int vocabularySize() {
        return vocabulary.length;
    }

    public String word(int id) {
        return vocabulary[id];
    }

    /** The id of a word, or -1 when no answer uses it. */
    public int wordId(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    /** The respondents who wrote an answer. */
    public RespondentSet answered() {
        RespondentSet set = new RespondentSet(respondents);
        for (int r : rows) {
            set.add(r);
        }
        return set;
    }

    /** The respondents whose answer uses {@code word} (empty when none does). */
    public RespondentSet using(String word) {
        RespondentSet set = new RespondentSet(respondents);
        int id = wordId(word);
        if (id < 0) {
            return set;
        }
        for (int a = 0; a < rows.length; a++) {
            if (Arrays.binarySearch(words[a], id) >= 0) {
                set.add(rows[a]);
            }
        }
        return set;
    }

    /** Whether answer {@code a} uses {@code word}. */
    public boolean uses(int a, String word) {
        int id = wordId(word);
        return id >= 0 && Arrays.binarySearch(words[a], id) >= 0;
    }
}
