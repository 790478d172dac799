package com.surveypivot.workspace;

import java.util.List;
import java.util.Objects;

/**
 * One filter of the workspace: respondents who gave any of the answers of a question. Without answers (just dropped
 * on the Filter zone, none picked yet) it keeps everyone.
 *
 * @param question the question's id
 * @param answers  the answer labels picked, in the question's order
 */
public record FilterCondition(String question, List<String> answers) {

    public FilterCondition {
        Objects.requireNonNull(question, "question");
        answers = List.copyOf(answers);
    }

    /** Whether it filters anyone out. */
    public boolean active() {
        return !answers.isEmpty();
    }
}
