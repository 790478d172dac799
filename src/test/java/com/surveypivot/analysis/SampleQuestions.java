package com.surveypivot.analysis;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.RespondentSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Test-only: the bundled sample's data sheet read with plain POI usermodel (title row 1, header row 2), with Q1
 * (担当業務, multi-response), Q2 (連携状況, single) and Q3 (悩み, scale) built as survey questions, and the raw cells
 * kept for independent loops. Independent of the app's reader (not on this branch).
 */
public final class SampleQuestions {
    static final String RESOURCE = "/com/surveypivot/sample/部門間連携に関する調査.xlsx";
    public static final List<String> Q2 = List.of("十分に連携できている",
            "連携マインドは高いが、戦略・KPI・システム面等の環境が整っていない", "限定的にしか連携できていない",
            "ほとんど連携できていない", "わからない");
    public static final List<String> Q3 = List.of("とても悩んでいる", "悩んでいる", "どちらともいえない",
            "あまり悩んでいない", "まったく悩んでいない");

    private static SampleQuestions loaded;

    /** Header texts of the data sheet, in column order. */
    public final List<String> headers = new ArrayList<>();
    /** One map per respondent: header text → cell text (blank cells absent). */
    public final List<Map<String, String>> rows = new ArrayList<>();

    public static synchronized SampleQuestions load() {
        if (loaded == null) {
            try (InputStream in = SampleQuestions.class.getResourceAsStream(RESOURCE);
                    Workbook workbook = WorkbookFactory.create(in)) {
                loaded = new SampleQuestions(workbook.getSheet("回答データ"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    private SampleQuestions(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        Row header = sheet.getRow(1);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            headers.add(header.getCell(c).getStringCellValue());
        }
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null && cell.getCellType() != CellType.BLANK) {
                    String text = format.formatCellValue(cell).strip();
                    if (!text.isEmpty()) {
                        values.put(headers.get(c), text);
                    }
                }
            }
            rows.add(values);
        }
    }

    /** The Q1 headers, "Q1_k 担当業務（複数回答）:<option>", in column order. */
    public List<String> q1Headers() {
        return headers.stream().filter(h -> h.startsWith("Q1_")).toList();
    }

    /** The Q1 option of a header (after the colon). */
    public static String option(String header) {
        return header.substring(header.lastIndexOf(':') + 1);
    }

    public Question q1() {
        List<String> columns = q1Headers();
        List<RespondentSet> ticks = new ArrayList<>();
        RespondentSet answered = new RespondentSet(rows.size());
        for (String column : columns) {
            RespondentSet set = new RespondentSet(rows.size());
            for (int r = 0; r < rows.size(); r++) {
                if ("1".equals(rows.get(r).get(column))) {
                    set.add(r);
                    answered.add(r);
                }
            }
            ticks.add(set);
        }
        return Question.multi("Q1", "担当業務（複数回答）", columns.stream().map(SampleQuestions::option).toList(),
                columns, ticks, answered);
    }

    public Question q2() {
        return single("Q2", "部門間の業務連携状況", QuestionType.SINGLE, Q2);
    }

    public Question q3() {
        return single("Q3", "部門間連携の悩みの度合い", QuestionType.SCALE, Q3);
    }

    /** The header that starts with {@code id + " "}. */
    public String header(String id) {
        return headers.stream().filter(h -> h.startsWith(id + " ")).findFirst().orElseThrow();
    }

    private Question single(String id, String text, QuestionType type, List<String> categories) {
        String column = header(id);
        int[] codes = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            String value = rows.get(r).get(column);
            codes[r] = value == null ? -1 : categories.indexOf(value);
            if (value != null && codes[r] < 0) {
                throw new IllegalStateException("unexpected answer " + value + " in " + column);
            }
        }
        return Question.categorical(id, text, type, type == QuestionType.SCALE, categories, List.of(column), codes);
    }
}
