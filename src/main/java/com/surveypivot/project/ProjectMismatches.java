package com.surveypivot.project;

import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What of a project did not fit the survey it was put on: edits that were skipped, questions, answers and a weight
 * that the survey does not have, saved entries that were dropped, and whether the source file's content changed.
 * Each item is listed once, in the order met. A plain value: the window shows it in a dialog, the command line
 * prints it on stderr.
 *
 * @param sourceChanged the source file's SHA-256 differs from the one saved
 * @param items         the mismatches, each once
 */
public record ProjectMismatches(boolean sourceChanged, List<Item> items) {

    /** What kind of thing did not match. */
    public enum Kind {
        /** a survey edit that no longer fits (question: what it acts on; what: its kind, see EditNames) */
        EDIT,
        /** a question id the survey does not have (what: the id) */
        QUESTION,
        /** an answer a question does not have (question, what: the label) */
        ANSWER,
        /** a saved entry left out because its question is missing (what: its name) */
        ENTRY
    }

    /**
     * One mismatch.
     *
     * @param kind     what did not match
     * @param question the question it belongs to, or the edit acts on ("" for a question or an entry)
     * @param what     the question id, the answer label, the edit's kind or the entry's name
     */
    public record Item(Kind kind, String question, String what) {
        public Item {
            question = question == null ? "" : question;
            what = what == null ? "" : what;
        }

        /** The item as one translated line. */
        public String text(Locale locale) {
            return switch (kind) {
                case EDIT -> Messages.get(locale, "project.mismatch.edit", EditNames.text(what, question, locale));
                case QUESTION -> Messages.get(locale, "project.mismatch.question", what);
                case ANSWER -> Messages.get(locale, "project.mismatch.answer", question, what);
                case ENTRY -> Messages.get(locale, "project.mismatch.entry", what);
            };
        }
    }

    public ProjectMismatches {
        items = List.copyOf(items);
    }

    public static final ProjectMismatches NONE = new ProjectMismatches(false, List.of());

    public boolean isEmpty() {
        return !sourceChanged && items.isEmpty();
    }

    /** Every line to show: the changed source first, then one line per item. */
    public List<String> lines(Locale locale) {
        List<String> lines = new ArrayList<>();
        if (sourceChanged) {
            lines.add(Messages.get(locale, "project.mismatch.changed"));
        }
        items.forEach(i -> lines.add(i.text(locale)));
        return lines;
    }

    /** Collects items, each once. */
    static final class Collector {
        private final Set<Item> items = new LinkedHashSet<>();

        void add(Kind kind, String question, String what) {
            items.add(new Item(kind, question, what));
        }

        ProjectMismatches result(boolean sourceChanged) {
            return new ProjectMismatches(sourceChanged, new ArrayList<>(items));
        }
    }
}
