package com.surveypivot.ui;

import java.util.List;

/** The window's colours: the light theme (surveypivot.css alone) or the dark one laid over it. */
public enum Theme {
    LIGHT, DARK;

    static final String DARK_SHEET = "/com/surveypivot/ui/surveypivot-dark.css";

    static Theme of(String name) {
        return "DARK".equals(name) ? DARK : LIGHT;
    }

    /** Puts this theme's sheet on a list of style sheets (and takes the other's off). */
    void apply(List<String> stylesheets) {
        String dark = Theme.class.getResource(DARK_SHEET).toExternalForm();
        stylesheets.remove(dark);
        if (this == DARK) {
            stylesheets.add(dark);
        }
    }
}
