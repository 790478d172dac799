package com.surveypivot.chart;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text in a font and fits it into a width: line wrapping that works for Japanese (break anywhere) and
 * for English (break at spaces where possible), with an ellipsis when the lines run out.
 */
final class TextFit {
    static final String ELLIPSIS = "…";

    private TextFit() {
    }

    static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    static double lineHeight(Font font) {
        Text probe = new Text("全Ag");
        probe.setFont(font);
        return probe.getLayoutBounds().getHeight();
    }

    /** {@code text} cut to fit {@code maxWidth}, ending in "…" when cut. */
    static String ellipsize(String text, Font font, double maxWidth) {
        if (width(text, font) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(text.substring(0, mid).stripTrailing() + ELLIPSIS, font) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + ELLIPSIS;
    }

    /** {@code text} broken into at most {@code maxLines} lines no wider than {@code maxWidth}. */
    static List<String> wrap(String text, Font font, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            if (lines.size() == maxLines - 1 || width(rest, font) <= maxWidth) {
                lines.add(ellipsize(rest, font, maxWidth));
                break;
            }
            int fit = fittingLength(rest, font, maxWidth);
            int cut = fit;
            int space = rest.lastIndexOf(' ', fit);
            if (space > fit / 2) {
                cut = space;
            } else {
                cut = avoidLineStartPunctuation(rest, fit);
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        return lines;
    }

    private static int fittingLength(String text, Font font, double maxWidth) {
        int lo = 1;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(text.substring(0, mid), font) <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Japanese line-breaking (kinsoku): keep 、。・ ） and small kana off the start of the next line. */
    private static int avoidLineStartPunctuation(String text, int cut) {
        int c = cut;
        while (c > 1 && c < text.length() && "、。，．・）」』】ー〜ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.)".indexOf(text.charAt(c)) >= 0) {
            c--;
        }
        return c;
    }
}
