package com.surveypivot.text;

import com.surveypivot.survey.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * A respondent's answer to any question as a column beside the free answers shows it: the answer's label, the
 * ticked options joined with "; ", the text, or "" for no answer.
 */
public final class RespondentValues {
    private RespondentValues() {
    }

    public static String value(Question q, int r) {
        if (q.texts() != null) {
            String t = q.texts().get(r);
            return t == null ? "" : t;
        }
        if (q.hasCodes()) {
            int code = q.code(r);
            return code < 0 ? "" : q.categories().get(code);
        }
        List<String> ticked = new ArrayList<>();
        for (int c = 0; c < q.categoryCount(); c++) {
            if (q.members(c).contains(r)) {
                ticked.add(q.categories().get(c));
            }
        }
        return String.join("; ", ticked);
    }
}
