package com.surveypivot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.Crosstab;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;
import com.surveypivot.text.CharacteristicWord;
import com.surveypivot.text.WordFrequency;
import com.surveypivot.text.WordTokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Text answers tab through the real window on the sample: Q5 opened from the question list, the answers list
 * following the filter and a segment, search, columns, sorting and copy; the words pane against a plain count;
 * a clicked word; coding (add, assign, keyword rule, uncoded), the coded question crossed, undo and redo.
 */
class TextAnswersUiTest extends SampleWindowFixture {

    @Start
    void start(Stage stage) {
        openSample(stage);
    }

    private TextAnswersModel text() {
        return model.textAnswers();
    }

    private void openQ5(FxRobot robot) throws Exception {
        UiTestSupport.awaitSurvey(model);
        UiTestSupport.pick(robot, "Q5", "#useAsQuestion");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text().indexProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#workspaceTabs").queryAs(TabPane.class);
        assertEquals("textTab", tabs.getSelectionModel().getSelectedItem().getId());
    }

    @SuppressWarnings("unchecked")
    private TableView<TextAnswerRow> table(FxRobot robot) {
        return robot.lookup("#textAnswersTable").queryAs(TableView.class);
    }

    /**
     * Opens the segment box and clicks one of its entries in the box's own popup. (A bare text lookup may find the
     * same label in the Data tab's respondent table, which sits in a hidden tab but whose cells report themselves
     * visible: the click then lands outside the popup and chooses nothing.)
     */
    @SuppressWarnings("unchecked")
    private void chooseSegment(FxRobot robot, String label) {
        ComboBox<String> box = robot.lookup("#textSegment").queryAs(ComboBox.class);
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        Node list = ((ComboBoxListViewSkin<String>) box.getSkin()).getPopupContent();
        Node cell = robot.from(list).lookup(".list-cell")
                .match((ListCell<String> c) -> label.equals(c.getItem())).query();
        assertNotNull(cell, "the segment box lists " + label);
        robot.clickOn(cell);
    }

    /** Respondents with a Q5 answer who are in {@code keep} (null: all), by a plain loop over the survey. */
    private List<Integer> answered(RespondentSet keep) {
        List<String> texts = model.surveyProperty().get().find("Q5").orElseThrow().texts();
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < texts.size(); r++) {
            if (texts.get(r) != null && !texts.get(r).isBlank() && (keep == null || keep.contains(r))) {
                rows.add(r);
            }
        }
        return rows;
    }

    @Test
    void answersFollowTheFilterTheSegmentAndTheSearch(FxRobot robot) throws Exception {
        openQ5(robot);
        Survey survey = model.surveyProperty().get();
        assertEquals(answered(null).size(), table(robot).getItems().size());
        assertEquals(answered(null).size() + " of " + answered(null).size() + " answers",
                robot.lookup("#textCount").queryAs(Label.class).getText());

        Question q3 = survey.find("Q3").orElseThrow();
        Question q1 = survey.find("Q1").orElseThrow();
        robot.interact(() -> {
            model.attributeProperty().set(q1);
            model.tableOptions().setFiltered(q3, "とても悩んでいる", true);
        });
        chooseSegment(robot, "広告宣伝・販促");
        WaitForAsyncUtils.waitForFxEvents();
        RespondentSet keep = q3.members(q3.indexOf("とても悩んでいる")).and(q1.members(q1.indexOf("広告宣伝・販促")));
        List<Integer> expected = answered(keep);
        assertFalse(expected.isEmpty());
        assertEquals(expected, table(robot).getItems().stream().map(TextAnswerRow::respondent).sorted().toList());

        // an attribute column beside the answers
        robot.clickOn("#textColumns").clickOn("#textColumn-Q3");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertTrue(table(robot).getColumns().stream().anyMatch(c -> "Q3".equals(c.getText())));
        assertTrue(table(robot).getItems().stream().allMatch(r -> r.values().equals(List.of("とても悩んでいる"))));

        // search narrows the rows; the count says how many of the filtered answers are shown
        robot.clickOn("#textSearch").write("KPI");
        WaitForAsyncUtils.waitForFxEvents();
        long withKpi = expected.stream().filter(r -> survey.find("Q5").orElseThrow().texts().get(r).toUpperCase(Locale.ROOT)
                .contains("KPI")).count();
        assertEquals(withKpi, table(robot).getItems().size());
        assertEquals(withKpi + " of " + expected.size() + " answers",
                robot.lookup("#textCount").queryAs(Label.class).getText());
        robot.interact(() -> text().searchProperty().set(""));

        // sorting by the answer column, then copying two selected rows
        robot.clickOn(robot.lookup("#textAnswersTable .column-header").match(n -> n.lookup(".label") instanceof Label l
                && "Answer".equals(l.getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = table(robot).getItems().stream().map(TextAnswerRow::text).toList();
        assertEquals(shown.stream().sorted().toList(), shown);
        robot.interact(() -> table(robot).getSelectionModel().selectRange(0, 2));
        robot.clickOn("#textCopy");
        TextAnswersPane pane = robot.lookup("#textAnswersPane").queryAs(TextAnswersPane.class);
        String copied = pane.selectionText();
        String[] lines = copied.split("\n");
        assertEquals(3, lines.length);
        assertEquals("Respondent\tQ3\tCodes\tAnswer", lines[0]);
        assertTrue(lines[1].endsWith("\t" + shown.get(0)), lines[1]);
    }

    @Test
    @SuppressWarnings("unchecked")
    void wordsPaneCountsByRespondentAndAClickedWordListsItsAnswers(FxRobot robot) throws Exception {
        openQ5(robot);
        Survey survey = model.surveyProperty().get();
        Question q1 = survey.find("Q1").orElseThrow();
        TableView<WordFrequency> words = robot.lookup("#textWordsTable").queryAs(TableView.class);
        assertFalse(words.getItems().isEmpty());
        // the top word against a plain count over the answers
        WordTokenizer tokenizer = new WordTokenizer();
        List<String> texts = survey.find("Q5").orElseThrow().texts();
        WordFrequency top = words.getItems().get(0);
        long plain = answered(null).stream().filter(r -> new HashSet<>(tokenizer.words(texts.get(r)))
                .contains(top.word())).count();
        assertEquals(plain, top.respondents());
        javafx.scene.chart.BarChart<Number, String> chart = robot.lookup("#textWordsChart")
                .queryAs(javafx.scene.chart.BarChart.class);
        assertEquals(Math.min(TextWordsPane.CHART_WORDS, words.getItems().size()),
                chart.getData().get(0).getData().size());
        assertEquals(top.word(), chart.getData().get(0).getData().get(chart.getData().get(0).getData().size() - 1)
                .getYValue(), "the most frequent word on top");

        // characteristic words of 広告宣伝・販促: KPI sets them apart
        robot.interact(() -> model.attributeProperty().set(q1));
        chooseSegment(robot, "広告宣伝・販促");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<CharacteristicWord> characteristic = robot.lookup("#textCharacteristicTable")
                .queryAs(TableView.class);
        assertEquals("KPI", characteristic.getItems().get(0).word());

        // a click on the word: the answers using it, the word highlighted
        Node kpiRow = robot.lookup("#textCharacteristicTable .table-row-cell")
                .match((TableRow<CharacteristicWord> r) -> r.getItem() != null && r.getItem().word().equals("KPI"))
                .query();
        robot.clickOn(kpiRow);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("KPI", text().wordProperty().get());
        List<TextAnswerRow> rows = table(robot).getItems();
        assertEquals(characteristic.getItems().get(0).segmentRespondents(), rows.size());
        assertTrue(rows.stream().allMatch(r -> tokenizer.words(r.text()).contains("KPI")));
        TextHighlightCell cell = robot.lookup("#textAnswersTable .table-cell")
                .match((Node n) -> n instanceof TextHighlightCell c && c.getItem() != null).queryAs(TextHighlightCell.class);
        assertNotNull(cell);
        assertFalse(cell.highlighted().isEmpty(), cell.getItem());
        assertTrue(cell.highlighted().stream().allMatch(h -> h.equals("KPI") || h.equalsIgnoreCase("ＫＰＩ")
                || h.equalsIgnoreCase("KPIs")), cell.highlighted().toString());
        robot.clickOn("#textClearWord");
        assertEquals(null, text().wordProperty().get());
    }

    @Test
    void codingMakesAQuestionThatCrossesAndUndoes(FxRobot robot) throws Exception {
        openQ5(robot);
        Question q1 = model.surveyProperty().get().find("Q1").orElseThrow();
        robot.interact(() -> model.attributeProperty().set(q1));
        chooseSegment(robot, "営業・営業企画");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#textCodingTab");
        robot.clickOn("#textNewCode").write("KPI・指標");
        robot.clickOn("#textAddCode");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("KPI・指標"), text().coding().codes());
        assertTrue(model.surveyProperty().get().find("Q5_codes").isPresent());

        robot.interact(() -> table(robot).getSelectionModel().selectRange(0, 3));
        List<Integer> chosen = List.copyOf(table(robot).getSelectionModel().getSelectedItems().stream()
                .map(TextAnswerRow::respondent).toList());
        robot.clickOn(robot.lookup("#textCodes .list-cell").match((javafx.scene.control.ListCell<String> c) ->
                "KPI・指標".equals(c.getItem())).queryAs(Node.class));
        robot.clickOn("#textAssign");
        WaitForAsyncUtils.waitForFxEvents();
        Question coded = model.surveyProperty().get().find("Q5_codes").orElseThrow();
        List<Integer> ticked = new ArrayList<>();
        coded.members(0).forEach(ticked::add);
        assertEquals(chosen.stream().sorted().toList(), ticked);

        // a keyword rule: every answer using データ gets a new code データ
        robot.clickOn(robot.lookup("#textRules .list-cell").match((javafx.scene.control.ListCell<WordFrequency> c) ->
                c.getItem() != null && c.getItem().word().equals("データ")).queryAs(Node.class));
        robot.clickOn("#textCodes");
        robot.interact(() -> robot.lookup("#textCodes").queryListView().getSelectionModel().clearSelection());
        robot.clickOn("#textApplyRule");
        WaitForAsyncUtils.waitForFxEvents();
        coded = model.surveyProperty().get().find("Q5_codes").orElseThrow();
        assertEquals(List.of("KPI・指標", "データ"), coded.categories());
        assertEquals(text().indexProperty().get().using("データ").count(), coded.count(1));
        // the edits leave the tab as it was: the segment stays chosen
        assertEquals("営業・営業企画", text().segmentProperty().get());
        assertEquals("営業・営業企画", robot.lookup("#textSegment").queryAs(ComboBox.class).getValue());

        // the coded question crosses by Q1 like any multi-response question
        Question codedNow = coded;
        robot.interact(() -> {
            model.questionProperty().set(codedNow);
            model.attributeProperty().set(q1);
        });
        Crosstab table = model.crosstabProperty().get();
        assertNotNull(table);
        assertEquals(coded.answered().count(), table.total().unweightedBase());
        assertEquals(coded.count(1), table.rows().get(1).count(0), 0);

        // uncoded answers: the answered minus both codes
        robot.clickOn("#textShowUncoded");
        WaitForAsyncUtils.waitForFxEvents();
        RespondentSet uncodedSet = coded.answered().andNot(coded.members(0)).andNot(coded.members(1));
        int uncoded = uncodedSet.count();
        assertTrue(robot.lookup("#textUncodedCount").queryAs(Label.class).getText().startsWith(uncoded + " "));
        // the list shows the segment's uncoded answers
        assertEquals(uncodedSet.and(q1.members(q1.indexOf("営業・営業企画"))).count(), table(robot).getItems().size());

        // undo the rule (the one history undoes the pivot steps made after it first), then redo as often
        int undos = 0;
        while (text().coding().codes().size() > 1 && undos < 5) {
            robot.interact(() -> model.editor().undo());
            undos++;
        }
        assertEquals(List.of("KPI・指標"), text().coding().codes());
        for (int i = 0; i < undos; i++) {
            robot.interact(() -> model.editor().redo());
        }
        assertEquals(List.of("KPI・指標", "データ"), text().coding().codes());
        ComboBox<?> question = robot.lookup("#textQuestion").queryAs(ComboBox.class);
        assertEquals("Q5", ((Question) question.getValue()).id());
    }
}
