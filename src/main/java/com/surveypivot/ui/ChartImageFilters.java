package com.surveypivot.ui;

import com.surveypivot.i18n.Messages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.stage.FileChooser;

/** The save dialog's choices of chart image format: PNG 1×, 2× (selected first), 3× and SVG. */
final class ChartImageFilters {
    private final List<FileChooser.ExtensionFilter> filters = new ArrayList<>();

    ChartImageFilters(Locale locale) {
        for (ImageFormat format : ImageFormat.values()) {
            filters.add(new FileChooser.ExtensionFilter(Messages.get(locale, format.key()),
                    "*." + format.extension()));
        }
    }

    List<FileChooser.ExtensionFilter> all() {
        return filters;
    }

    /** The chosen file in the chosen filter's format, with that format's extension. */
    ChartImageTarget target(Path file, FileChooser.ExtensionFilter chosen) {
        int index = filters.indexOf(chosen);
        ImageFormat format = index >= 0 ? ImageFormat.values()[index] : ImageFormat.of(file);
        return new ChartImageTarget(format.withExtension(file), format);
    }
}
