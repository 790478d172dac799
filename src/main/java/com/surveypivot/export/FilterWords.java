package com.surveypivot.export;

import com.surveypivot.analysis.Filter;
import com.surveypivot.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A filter in words for a table's header: "Q1 = 製造 | IT and not (Q5 = はい)". */
public final class FilterWords {
    private FilterWords() {
    }

    /** The filter in words, "" for none. */
    public static String of(Filter filter, Locale locale) {
        return filter == null ? "" : words(filter, locale, true);
    }

    private static String words(Filter filter, Locale locale, boolean top) {
        if (filter instanceof Filter.Answer a) {
            return Messages.get(locale, "book.filter.condition", a.question().id(),
                    String.join(Messages.get(locale, "book.filter.either"), a.labels()));
        }
        if (filter instanceof Filter.Not n) {
            return Messages.get(locale, "book.filter.not", words(n.part(), locale, false));
        }
        boolean all = filter instanceof Filter.All;
        List<Filter> parts = all ? ((Filter.All) filter).parts() : ((Filter.Any) filter).parts();
        List<String> texts = new ArrayList<>();
        for (Filter part : parts) {
            texts.add(words(part, locale, false));
        }
        String joined = String.join(Messages.get(locale, all ? "book.filter.and" : "book.filter.or"), texts);
        return top || texts.size() < 2 ? joined : "(" + joined + ")";
    }
}
