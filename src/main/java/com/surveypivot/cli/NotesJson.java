package com.surveypivot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.surveypivot.notes.Claim;
import com.surveypivot.notes.Note;
import java.util.List;
import java.util.Locale;

/**
 * {@code notes --format json}: a top-level {@code claims} array; each claim has {@code text}, {@code kind},
 * {@code segment}, {@code answer}, {@code measure}, {@code value}, {@code total}, {@code base}, {@code test} and
 * {@code pValue} (null where a field does not apply).
 */
final class NotesJson {
    private NotesJson() {
    }

    static ObjectNode of(String question, String by, List<Note> notes, Locale locale) {
        ObjectNode root = Json.object();
        root.put("question", question);
        root.put("by", by);
        root.put("lang", locale.getLanguage());
        ArrayNode claims = root.putArray("claims");
        for (Note note : notes) {
            Claim claim = note.claim();
            ObjectNode node = claims.addObject();
            node.put("text", note.text());
            node.put("kind", claim.kind());
            node.put("segment", claim.segment());
            node.put("answer", claim.answer());
            node.put("measure", claim.measure());
            Json.put(node, "value", claim.value());
            Json.put(node, "total", claim.total());
            if (claim.base() == null) {
                node.putNull("base");
            } else {
                node.put("base", claim.base());
            }
            node.put("test", claim.test());
            Json.put(node, "pValue", claim.pValue());
        }
        return root;
    }
}
