package com.surveypivot.survey.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.surveypivot.survey.QuestionType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link SurveyEdit#targetId()} of every kind of edit gives the id that the project's list of edits that did not fit
 * named before the edits said it themselves (EditNames' instanceof chain, up to commit a4b9cd1): written out here by
 * hand. Each edit names its other ids and labels differently from its target, so a wrong field shows.
 */
class EditTargetTest {

    private static Map<SurveyEdit, String> everyKind() {
        Map<SurveyEdit, String> expected = new LinkedHashMap<>();
        expected.put(new RenameQuestion("Q1", "A new text"), "Q1");
        expected.put(new ChangeQuestionType("Q7", QuestionType.SCALE, true), "Q7");
        expected.put(new RenameCategory("Q2", "Yes", "No"), "Q2");
        expected.put(new ReorderCategories("Q3", List.of("C", "B", "A")), "Q3");
        expected.put(new MergeIntoMultiSet("CHANNELS", "Channels", List.of("Q4a", "Q4b"), false), "CHANNELS");
        expected.put(new SplitMultiSet("SET9", "ticked", "not ticked"), "SET9");
        expected.put(RebinNumbers.cutPoints("AGE", List.of(30.0, 50.0)), "AGE");
        expected.put(new RegroupDates("WHEN", RegroupDates.Grouping.MONTH), "WHEN");
        expected.put(new AddWeightColumn(" w_raked ", "Weight", new double[] {1, 2}, List.of("sex")), "w_raked");
        expected.put(new AddCode("T", "price"), "T");
        expected.put(new RemoveCode("T2", "quality"), "T2");
        expected.put(new AssignCode("T3", "service", List.of(0, 4), true), "T3");
        expected.put(new CombinedEdit(List.of(new RenameCategory("Q5", "a", "b"), new RenameQuestion("Q6", "x"))),
                "Q5");
        return expected;
    }

    @Test
    void everyKindNamesWhatItActsOn() {
        everyKind().forEach((edit, id) -> assertEquals(id, edit.targetId(), edit.toString()));
    }

    @Test
    void theTestCoversEveryKind() {
        Set<String> kinds = Arrays.stream(SurveyEdit.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toSet());
        Set<String> covered = everyKind().keySet().stream().map(e -> e.getClass().getSimpleName())
                .collect(Collectors.toSet());
        assertEquals(kinds, covered);
    }

    @Test
    void aCombinedEditOfCombinedEditsNamesTheFirstInnermost() {
        SurveyEdit nested = new CombinedEdit(List.of(new CombinedEdit(List.of(new AddCode("OPEN", "c"))),
                new RenameQuestion("Q1", "x")));
        assertEquals("OPEN", nested.targetId());
    }
}
