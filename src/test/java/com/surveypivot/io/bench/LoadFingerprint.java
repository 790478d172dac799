package com.surveypivot.io.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.surveypivot.io.ReadOptions;
import com.surveypivot.io.ReadProgress;
import com.surveypivot.io.SurveyReader;
import com.surveypivot.survey.Question;
import com.surveypivot.survey.Survey;

/**
 * The loaded survey's fingerprint as readable text: the survey's shape, then every question (grid items included)
 * with its id, type, order flag, answered count and columns, and every category with its count; the last line is
 * {@link SurveyFingerprint}'s SHA-256 over everything the load produced (codes, numbers and texts included). The
 * fingerprints stored in {@code src/test/resources/com/surveypivot/io/fingerprints/} were made by main at 08a9a46,
 * before the speed work of issue 14; {@code LoadFingerprintTest} compares every load with them.
 *
 * <p>Write them again: {@code java -cp <test class path> com.surveypivot.io.bench.LoadFingerprint OUT_DIR}.
 */
public final class LoadFingerprint {

    /** The files fingerprinted: the bundled sample and the test copies of ../shared/data. */
    static final List<String> FILES = List.of("sample", "hobbies.xlsx", "mass_survey.xlsx");

    private LoadFingerprint() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (String name : FILES) {
            Files.writeString(out.resolve(name + ".txt"), of(load(name)), StandardCharsets.UTF_8);
        }
    }

    static Survey load(String name) throws Exception {
        if (name.equals("sample")) {
            return SurveyReader.readSample(ReadOptions.defaults(), ReadProgress.NONE);
        }
        return SurveyReader.read(Path.of("src/test/resources/io", name));
    }

    static String of(Survey survey) {
        StringBuilder b = new StringBuilder();
        b.append("title\t").append(survey.title()).append('\n');
        b.append("sheet\t").append(survey.sheet()).append('\t').append(survey.headerRow()).append('\t')
                .append(survey.headerRows()).append('\t').append(survey.layout()).append('\n');
        b.append("respondents\t").append(survey.respondents()).append('\n');
        questions(b, survey.questions(), "");
        b.append("sha256\t").append(SurveyFingerprint.of(survey)).append('\n');
        return b.toString();
    }

    private static void questions(StringBuilder b, List<Question> questions, String indent) {
        for (Question q : questions) {
            b.append(indent).append("question\t").append(q.id()).append('\t').append(q.type().name()).append('\t')
                    .append(q.isOrdered() ? "ordered" : "unordered").append('\t')
                    .append(q.answered() == null ? -1 : q.answered().count()).append('\t')
                    .append(String.join("|", q.columns())).append('\n');
            for (int c = 0; c < q.categoryCount(); c++) {
                b.append(indent).append("  ").append(q.categories().get(c)).append('\t').append(q.count(c))
                        .append('\n');
            }
            questions(b, q.items(), indent + "    ");
        }
    }
}
