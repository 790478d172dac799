package com.surveypivot.analysis;

import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A user-defined NET: a named group of answers, a respondent counting once if they gave any of them.
 *
 * @param name    the row label
 * @param members the answer labels, as displayed
 */
public record Net(String name, List<String> members) {

    public Net {
        if (name == null || name.isBlank() || members == null || members.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("analysis.error.netSyntax", String.valueOf(name)));
        }
        members = List.copyOf(members);
    }

    /** Parses the command line's {@code NAME=answer|answer}. */
    public static Net parse(String text) {
        int eq = text == null ? -1 : text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException(Messages.get("analysis.error.netSyntax", String.valueOf(text)));
        }
        List<String> members = new ArrayList<>();
        for (String part : text.substring(eq + 1).split("\\|")) {
            if (!part.strip().isEmpty()) {
                members.add(part.strip());
            }
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("analysis.error.netSyntax", text));
        }
        return new Net(text.substring(0, eq).strip(), members);
    }
}
