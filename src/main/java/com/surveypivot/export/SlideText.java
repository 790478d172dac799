package com.surveypivot.export;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/** Text boxes on a slide: a plain block (lines split at line breaks) and a bulleted list. */
final class SlideText {
    private SlideText() {
    }

    static XSLFTextBox box(XSLFSlide slide, Rectangle2D place, String text, double size, boolean bold, Color color) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(place);
        box.setWordWrap(true);
        box.clearText();
        for (String line : text.split("\n", -1)) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            run(paragraph, line, size, bold, color);
        }
        return box;
    }

    static XSLFTextBox bullets(XSLFSlide slide, Rectangle2D place, List<String> items, double size) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(place);
        box.setWordWrap(true);
        box.clearText();
        for (String item : items) {
            XSLFTextParagraph paragraph = box.addNewTextParagraph();
            paragraph.setBullet(true);
            paragraph.setBulletCharacter("•");
            paragraph.setIndent(-12.0);
            paragraph.setLeftMargin(12.0);
            paragraph.setSpaceAfter(30.0);
            run(paragraph, item, size, false, Color.BLACK);
        }
        return box;
    }

    private static void run(XSLFTextParagraph paragraph, String text, double size, boolean bold, Color color) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(color);
    }
}
