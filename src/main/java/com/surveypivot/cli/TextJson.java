package com.surveypivot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.surveypivot.i18n.Messages;
import com.surveypivot.survey.Question;
import com.surveypivot.text.CharacteristicWord;
import com.surveypivot.text.CharacteristicWords;
import com.surveypivot.text.SegmentWords;
import com.surveypivot.text.WordFrequency;
import com.surveypivot.text.WordTable;
import java.util.List;
import java.util.Locale;

/** The {@code text} command's word counts and characteristic words, as json or as lines of text. */
final class TextJson {
    /** What the characteristic words' test is, in the json. */
    static final String TEST = "two-proportion z-test (pooled, two-sided) of each word's share of the segment's answers"
            + " against the other answers; Benjamini-Hochberg over the words tested (used by at least "
            + CharacteristicWords.MIN_USERS + " respondents); characteristic: adjusted p < " + CharacteristicWords.ALPHA
            + " and more in the segment; no words for a segment or rest under " + CharacteristicWords.MIN_BASE
            + " answers";

    private TextJson() {
    }

    static ObjectNode of(Question q, WordTable words, Question by, List<SegmentWords> segments, int top) {
        ObjectNode root = Json.object();
        root.put("question", q.id());
        root.put("answers", words.answers());
        ArrayNode list = root.putArray("words");
        for (WordFrequency w : words.words()) {
            ObjectNode node = list.addObject();
            node.put("word", w.word());
            node.put("respondents", w.respondents());
            Json.put(node, "share", w.share());
        }
        if (by != null) {
            root.put("by", by.id());
            root.put("test", TEST);
            ArrayNode segs = root.putArray("segments");
            for (SegmentWords s : segments) {
                ObjectNode node = segs.addObject();
                node.put("segment", s.segment());
                node.put("answers", s.answers());
                ArrayNode chars = node.putArray("characteristic");
                for (CharacteristicWord w : s.words().subList(0, Math.min(top, s.words().size()))) {
                    ObjectNode c = chars.addObject();
                    c.put("word", w.word());
                    c.put("respondents", w.segmentRespondents());
                    Json.put(c, "share", w.segmentShare());
                    c.put("restRespondents", w.restRespondents());
                    Json.put(c, "restShare", w.restShare());
                    Json.put(c, "z", w.z());
                    Json.put(c, "pValue", w.pValue());
                    Json.put(c, "adjustedP", w.adjustedP());
                }
            }
        }
        return root;
    }

    static String text(Question q, WordTable words, Question by, List<SegmentWords> segments, int top, Locale l) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(Messages.get(l, "text.cli.heading", q.id(), words.answers())).append(nl);
        for (WordFrequency w : words.words()) {
            out.append(Messages.get(l, "text.cli.word", w.word(), w.respondents(), 100 * w.share())).append(nl);
        }
        if (by != null) {
            out.append(nl).append(Messages.get(l, "text.cli.byHeading", by.id())).append(nl);
            for (SegmentWords s : segments) {
                out.append(Messages.get(l, "text.cli.segment", s.segment(), s.answers())).append(nl);
                if (s.words().isEmpty()) {
                    out.append(Messages.get(l, s.answers() < CharacteristicWords.MIN_BASE
                            ? "text.cli.smallBase" : "text.cli.none", CharacteristicWords.MIN_BASE)).append(nl);
                }
                for (CharacteristicWord w : s.words().subList(0, Math.min(top, s.words().size()))) {
                    out.append(Messages.get(l, "text.cli.characteristic", w.word(), w.segmentRespondents(),
                            100 * w.segmentShare(), 100 * w.restShare(), w.z(), w.adjustedP())).append(nl);
                }
            }
        }
        return out.toString();
    }
}
