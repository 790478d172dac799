package com.surveypivot.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.surveypivot.analysis.TableRow;
import com.surveypivot.export.ExportProgress;
import com.surveypivot.export.ExportTable;
import com.surveypivot.export.SurveyBook;
import com.surveypivot.i18n.Messages;
import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Survey;
import com.surveypivot.workspace.PivotSpecs;
import com.surveypivot.workspace.PivotState;
import com.surveypivot.workspace.TableSettings;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The automatic top-2 / bottom-2 boxes are named in the file's language, not in the language the program happens to
 * run in: a Japanese book written from an English window (or `export --lang ja` on an English machine) says
 * "TOP2（上位2段階）", and an English one "Top 2 box".
 */
class ReportLanguageNetsTest {
    private final Locale before = Messages.locale();

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    @Test
    void savedEntryAndWholeSurveyBookNameTheBoxesInTheFilesLanguage() throws Exception {
        Survey survey = SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        PivotState state = PivotState.of("Q3", "役職").withTable(new TableSettings(
                PivotState.EMPTY.table().significance(), true));
        SavedEntry entry = new SavedEntry("e1", "Q3", state, null, "");

        Messages.setLocale(Locale.ENGLISH);
        ExportTable japanese = EntryTables.table(survey, entry, Locale.JAPANESE).orElseThrow();
        assertEquals(List.of("TOP2（上位2段階）", "BOTTOM2（下位2段階）"), nets(japanese));
        Messages.setLocale(Locale.JAPANESE);
        ExportTable english = EntryTables.table(survey, entry, Locale.ENGLISH).orElseThrow();
        assertEquals(List.of("Top 2 box", "Bottom 2 box"), nets(english));

        Messages.setLocale(Locale.ENGLISH);
        List<ExportTable> book = SurveyBook.tables(survey, PivotSpecs.spec(survey, state).orElseThrow(), null,
                Locale.JAPANESE, ExportProgress.NONE);
        ExportTable q3 = book.stream().filter(t -> t.table().question().id().equals("Q3")).findFirst().orElseThrow();
        assertEquals(List.of("TOP2（上位2段階）", "BOTTOM2（下位2段階）"), nets(q3));
        assertTrue(book.stream().flatMap(t -> nets(t).stream()).noneMatch(l -> l.contains("box")));
    }

    private static List<String> nets(ExportTable table) {
        return table.table().rows().stream().filter(TableRow::net).map(TableRow::label).toList();
    }
}
