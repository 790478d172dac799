package com.surveypivot.sample;

import static com.surveypivot.sample.SampleSurveyText.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the bundled sample survey {@code 部門間連携に関する調査.xlsx}: sheet {@code 回答データ} (a title row, the header
 * row, one row per respondent), sheet {@code 調査概要} (label / value rows describing the survey) and sheet
 * {@code コード表} (the codebook: question id, question text, code, answer label, in questionnaire order). The respondents
 * come from {@link RespondentSimulator} with its fixed seed, and the document properties and zip entry times are
 * fixed, so two runs write identical files.
 *
 * <p>Run {@code main} with the output path, e.g.
 * {@code src/main/resources/com/surveypivot/sample/部門間連携に関する調査.xlsx}.
 */
public final class SampleSurveyGenerator {

    /** Creation and modification time written into the document properties and the zip entries. */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2024, 12, 2, 9, 0);

    private SampleSurveyGenerator() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SampleSurveyGenerator OUTPUT.xlsx");
            System.exit(2);
        }
        write(Path.of(args[0]));
    }

    /** Generates the sample survey and writes it to {@code out} (parent folders are created). */
    public static void write(Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(out, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample survey to " + out, e);
        }
    }

    /** The workbook's bytes: the same on every run. */
    static byte[] bytes() throws IOException {
        List<SampleRespondent> respondents = RespondentSimulator.sample();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            writeData(workbook, respondents);
            writeOverview(workbook, respondents.size());
            writeCodebook(workbook);
            Date fixed = Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC));
            var core = workbook.getProperties().getCoreProperties();
            core.setCreated(Optional.of(fixed));
            core.setModified(Optional.of(fixed));
            core.setCreator("SurveyPivot SampleSurveyGenerator");
            core.setTitle(SURVEY_TITLE);
            workbook.write(buffer);
            return ReproducibleZip.normalize(buffer.toByteArray(), FIXED_TIME);
        }
    }

    private static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of(ID, ANSWERED_AT, INDUSTRY, COMPANY_SIZE, POSITION));
        for (JobFunction f : JobFunction.values()) {
            headers.add(q1Header(f));
        }
        headers.addAll(List.of(Q2, Q3, Q4, Q5, WEIGHT));
        return headers;
    }

    private static void writeData(XSSFWorkbook workbook, List<SampleRespondent> respondents) {
        Sheet sheet = workbook.createSheet(DATA_SHEET);
        CellStyle bold = boldStyle(workbook);
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/mm/dd hh:mm:ss"));
        CellStyle weight = workbook.createCellStyle();
        weight.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.000"));

        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(DATA_TITLE);
        title.getCell(0).setCellStyle(bold);

        List<String> headers = headers();
        Row header = sheet.createRow(1);
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
            header.getCell(c).setCellStyle(bold);
        }

        int firstQ2Column = 5 + JobFunction.values().length;
        for (int i = 0; i < respondents.size(); i++) {
            SampleRespondent r = respondents.get(i);
            Row row = sheet.createRow(i + 2);
            row.createCell(0).setCellValue(r.id());
            row.createCell(1).setCellValue(r.answeredAt());
            row.getCell(1).setCellStyle(dateTime);
            text(row, 2, r.industry());
            text(row, 3, r.size());
            text(row, 4, r.position());
            for (JobFunction f : r.functions()) {
                row.createCell(5 + f.ordinal()).setCellValue(1);
            }
            text(row, firstQ2Column, r.q2());
            text(row, firstQ2Column + 1, r.q3());
            text(row, firstQ2Column + 2, r.q4().isEmpty() ? null : String.join(Q4_SEPARATOR, r.q4()));
            text(row, firstQ2Column + 3, r.q5());
            row.createCell(firstQ2Column + 4).setCellValue(r.weight());
            row.getCell(firstQ2Column + 4).setCellStyle(weight);
        }

        sheet.createFreezePane(1, 2);
        sheet.setColumnWidth(0, 10 * 256);
        sheet.setColumnWidth(1, 20 * 256);
        for (int c = 2; c < headers.size(); c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
        sheet.setColumnWidth(firstQ2Column, 36 * 256);
        sheet.setColumnWidth(firstQ2Column + 2, 48 * 256);
        sheet.setColumnWidth(firstQ2Column + 3, 48 * 256);
    }

    private static void writeOverview(XSSFWorkbook workbook, int respondents) {
        Sheet sheet = workbook.createSheet(OVERVIEW_SHEET);
        CellStyle bold = boldStyle(workbook);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(SURVEY_TITLE + " 調査概要");
        title.getCell(0).setCellStyle(bold);
        LocalDateTime end = RespondentSimulator.FIELDWORK_START.plusDays(RespondentSimulator.FIELDWORK_DAYS - 1);
        String[][] rows = {
            {"調査名", SURVEY_TITLE},
            {"調査期間", "2024年11月11日（月）〜" + end.getMonthValue() + "月" + end.getDayOfMonth() + "日（日）"},
            {"調査方法", "インターネット調査"},
            {"調査対象", "企業でマーケティング・営業・企画・システム・カスタマーサポート等の業務を担当する方"},
            {"サンプル数", String.format(java.util.Locale.ROOT, "%,d", respondents)},
            {"ウェイト", "従業員規模の構成を母集団に合わせるためのウェイト（列「ウェイト」）"},
            {"注記1", "Q1・Q4は複数回答です。Q1は選択肢ごとの列に「1」、Q4は1つのセルに「;」区切りで記録しています。"},
            {"注記2", "空欄は無回答を表します。"},
            {"注記3", "本データはSurveyPivotのサンプルとして乱数から生成した架空のデータです。"},
        };
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.createRow(i + 2);
            row.createCell(0).setCellValue(rows[i][0]);
            row.getCell(0).setCellStyle(bold);
            row.createCell(1).setCellValue(rows[i][1]);
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }

    /** The codebook: for every coded question, one row per answer (the question cells on its first row only). */
    private static void writeCodebook(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(CODEBOOK_SHEET);
        CellStyle bold = boldStyle(workbook);
        Row header = sheet.createRow(0);
        String[] titles = {"設問番号", "設問文", "コード", "選択肢"};
        for (int c = 0; c < titles.length; c++) {
            header.createCell(c).setCellValue(titles[c]);
            header.getCell(c).setCellStyle(bold);
        }
        List<String> functions = new ArrayList<>();
        for (JobFunction f : JobFunction.values()) {
            functions.add(f.label());
        }
        int next = 1;
        next = codebookBlock(sheet, next, INDUSTRY, INDUSTRY, INDUSTRIES);
        next = codebookBlock(sheet, next, COMPANY_SIZE, COMPANY_SIZE, COMPANY_SIZES);
        next = codebookBlock(sheet, next, POSITION, POSITION, POSITIONS);
        next = codebookBlock(sheet, next, "Q1", Q1_STEM, functions);
        next = codebookBlock(sheet, next, "Q2", Q2.substring(3), Q2_OPTIONS);
        next = codebookBlock(sheet, next, "Q3", Q3.substring(3), Q3_SCALE);
        codebookBlock(sheet, next, "Q4", Q4.substring(3), Q4_PAIRS);
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 8 * 256);
        sheet.setColumnWidth(3, 64 * 256);
    }

    private static int codebookBlock(Sheet sheet, int firstRow, String id, String text, List<String> labels) {
        for (int i = 0; i < labels.size(); i++) {
            Row row = sheet.createRow(firstRow + i);
            if (i == 0) {
                row.createCell(0).setCellValue(id);
                row.createCell(1).setCellValue(text);
            }
            row.createCell(2).setCellValue(i + 1);
            row.createCell(3).setCellValue(labels.get(i));
        }
        return firstRow + labels.size();
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static CellStyle boldStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
