package com.surveypivot.io.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.RespondentSet;
import com.surveypivot.survey.Survey;

/**
 * A SHA-256 over everything a load produced: the survey's title, sheet, header rows, layout and respondent count,
 * and for every question (grid items included) its id, text, type, order flag, columns, categories, the members of
 * each category, the base, and its codes, numbers and texts. Two loads with equal fingerprints gave the same results.
 * The benchmark compares it with the fingerprint of the load before the io performance work
 * ({@link #BEFORE_IOPERF}), so a speed-up that changes any result shows at once.
 *
 * <p>Run alone: {@code java -cp <test class path> com.surveypivot.io.bench.SurveyFingerprint FILE}.
 */
public final class SurveyFingerprint {

    /**
     * The fingerprint of the 100,000 × 150 benchmark file (seed 20240601, generator v1) loaded by main at 1157023,
     * before the io performance work.
     */
    static final String BEFORE_IOPERF = "c0312fddf9d9d94b0b37285e485851b08a78179fde49f6ed248cd322df424fbe";

    private final MessageDigest digest;

    private SurveyFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Survey survey = SurveyReader.read(Path.of(args[0]));
        System.out.println(of(survey));
    }

    static String of(Survey survey) {
        SurveyFingerprint f = new SurveyFingerprint();
        f.text(survey.title());
        f.text(survey.sheet());
        f.number(survey.headerRow());
        f.number(survey.headerRows());
        f.text(survey.layout());
        f.number(survey.respondents());
        f.questions(survey.questions());
        return HexFormat.of().formatHex(f.digest.digest());
    }

    private void questions(List<Question> questions) {
        number(questions.size());
        for (Question q : questions) {
            text(q.id());
            text(q.text());
            text(q.type().name());
            number(q.isOrdered() ? 1 : 0);
            texts(q.columns());
            texts(q.categories());
            for (int c = 0; c < q.categoryCount(); c++) {
                set(q.members(c));
            }
            set(q.answered());
            if (q.hasCodes()) {
                for (int code : q.codes()) {
                    number(code);
                }
            }
            double[] numbers = q.numbers();
            if (numbers != null) {
                for (double v : numbers) {
                    digest.update(ByteBuffer.allocate(8).putLong(Double.doubleToLongBits(v)).array());
                }
            }
            if (q.texts() != null) {
                texts(q.texts());
            }
            questions(q.items());
        }
    }

    private void set(RespondentSet set) {
        if (set == null) {
            number(-1);
            return;
        }
        number(set.size());
        number(set.count());
        set.forEach(this::number);
    }

    private void texts(List<String> texts) {
        number(texts.size());
        texts.forEach(this::text);
    }

    private void text(String s) {
        if (s == null) {
            number(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        digest.update(bytes);
    }

    private void number(int n) {
        digest.update((byte) (n >>> 24));
        digest.update((byte) (n >>> 16));
        digest.update((byte) (n >>> 8));
        digest.update((byte) n);
    }
}
