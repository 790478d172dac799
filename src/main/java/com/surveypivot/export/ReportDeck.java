package com.surveypivot.export;

import java.awt.Dimension;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * A deck of a report outline: its tables as native-chart slides ({@link PptxDeck}) and its maps as picture slides
 * ({@link PictureSlide}), in the outline's order, in one file (temporary file, then an atomic move).
 */
public final class ReportDeck {

    /** One slide: a table or a picture (exactly one of them). */
    public record Slide(ExportTable table, PictureSlide picture) {
        public Slide {
            if ((table == null) == (picture == null)) {
                throw new IllegalArgumentException("a slide is a table or a picture");
            }
        }

        public static Slide of(ExportTable table) {
            return new Slide(Objects.requireNonNull(table), null);
        }

        public static Slide of(PictureSlide picture) {
            return new Slide(null, Objects.requireNonNull(picture));
        }
    }

    private ReportDeck() {
    }

    /**
     * Writes the slides in order.
     *
     * @param source the survey file the user opened (never written), or null
     */
    public static void write(List<Slide> slides, Path file, Path source, Locale locale,
            PptxDeck.NotesPlacement notes, ExportProgress progress) throws ExportException {
        AtomicFile.write(file, source, out -> {
            try (XMLSlideShow deck = new XMLSlideShow()) {
                deck.setPageSize(new Dimension((int) PptxDeck.WIDTH, (int) PptxDeck.HEIGHT));
                for (int s = 0; s < slides.size(); s++) {
                    progress.check();
                    Slide slide = slides.get(s);
                    if (slide.table() != null) {
                        PptxDeck.slide(deck, slide.table(), locale, notes);
                    } else {
                        slide.picture().addTo(deck, notes);
                    }
                    progress.step(s + 1, slides.size());
                }
                deck.write(out);
            }
        });
    }
}
