package com.surveypivot.analysis.weighting;

import com.surveypivot.i18n.LocalizedException;

/** Targets that cannot be reached or read: a translated one-line message (keys in the weighting bundle). */
public class RakeException extends LocalizedException {
    public RakeException(String key, Object... args) {
        super(key, args);
    }
}
