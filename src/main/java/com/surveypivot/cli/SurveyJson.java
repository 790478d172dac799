package com.surveypivot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;

/**
 * {@code describe --format json}: {@code sheet}, {@code headerRow} (1-based), {@code headerRows}, {@code layout},
 * {@code respondents}, {@code weight} (the id of the weight the file declares, an SPSS file's weight variable, or
 * null) and {@code questions}, each with {@code id}, {@code text}, {@code type}, {@code ordered},
 * {@code categories} in order ({@code label}, {@code count}), {@code columns} (the source header texts) and, for a
 * grid, its {@code items} described the same way.
 */
final class SurveyJson {
    private SurveyJson() {
    }

    static ObjectNode describe(Survey survey) {
        ObjectNode root = Json.object();
        root.put("title", survey.title());
        root.put("sheet", survey.sheet());
        root.put("headerRow", survey.headerRow());
        root.put("headerRows", survey.headerRows());
        root.put("layout", survey.layout());
        root.put("respondents", survey.respondents());
        root.put("weight", survey.weightId());
        ArrayNode questions = root.putArray("questions");
        for (Question q : survey.questions()) {
            questions.add(question(q));
        }
        return root;
    }

    static ObjectNode question(Question q) {
        ObjectNode node = Json.object();
        node.put("id", q.id());
        node.put("text", q.text());
        node.put("type", q.type().jsonName());
        node.put("ordered", q.isOrdered());
        node.put("answered", q.answered() == null ? 0 : q.answered().count());
        ArrayNode categories = node.putArray("categories");
        for (int c = 0; c < q.categoryCount(); c++) {
            ObjectNode category = categories.addObject();
            category.put("label", q.categories().get(c));
            category.put("count", q.count(c));
        }
        ArrayNode columns = node.putArray("columns");
        q.columns().forEach(columns::add);
        if (!q.items().isEmpty()) {
            ArrayNode items = node.putArray("items");
            q.items().forEach(item -> items.add(question(item)));
        }
        return node;
    }
}
