package com.surveypivot.text;

import java.text.Normalizer;
import java.util.Locale;

/** How a word is written once counted: NFKC (ＫＰＩ → KPI), Latin in lower case except acronyms (KPI, CRM). */
final class Words {
    private Words() {
    }

    static String normalise(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (s.isEmpty() || !isLatin(s)) {
            return s;
        }
        if (s.length() <= 6 && s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter)) {
            return s; // an acronym
        }
        if (s.length() >= 3 && s.length() <= 7 && s.endsWith("s")
                && s.substring(0, s.length() - 1).equals(s.substring(0, s.length() - 1).toUpperCase(Locale.ROOT))) {
            return s.substring(0, s.length() - 1); // KPIs → KPI
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x24f) {
                return false;
            }
        }
        return true;
    }
}
