package com.surveypivot.io;

import com.surveypivot.survey.Question;
import com.surveypivot.survey.QuestionType;
import com.surveypivot.survey.Survey;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Opens an SPSS system file (.sav, bytecode-compressed or not, and .zsav) as a survey: {@link SavDictionary} reads
 * the dictionary, {@link SavCases} the data, {@link SavSurvey} makes the questions. The file is only read.
 */
final class SavReader {
    private SavReader() {
    }

    /** True when the file starts with an SPSS system file's magic ({@code $FL2}, or {@code $FL3} for .zsav). */
    static boolean hasMagic(Path file) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            String m = new String(magic, StandardCharsets.ISO_8859_1);
            return m.equals("$FL2") || m.equals("$FL3");
        }
    }

    /** True for a file named like an SPSS data file. */
    static boolean hasSavName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".sav") || lower.endsWith(".zsav");
    }

    /**
     * The id of the number question made from the variable the header declares as the weight (its 1-based slot),
     * or null when there is none or it did not become a single-column number question.
     */
    static String weightId(SavDictionary dict, List<Question> questions) {
        if (dict.weightSlot <= 0) {
            return null;
        }
        for (SavVariable v : dict.variables) {
            if (v.slot + 1 == dict.weightSlot) {
                for (Question q : questions) {
                    if (q.type() == QuestionType.NUMBER && q.columns().equals(List.of(v.name))) {
                        return q.id();
                    }
                }
                return null;
            }
        }
        return null;
    }

    static Survey read(Path file, String name, String title, ReadOptions options, ReadProgress progress)
            throws SurveyReadException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            SavBytes in = new SavBytes(Channels.newInputStream(channel), size);
            SavDictionary dict = SavDictionary.read(in);
            SavCases cases = new SavCases(dict);
            if (dict.compression == 2) {
                ZsavBlocks blocks = ZsavBlocks.open(channel, dict);
                SavBytes data = new SavBytes(blocks, Long.MAX_VALUE);
                data.bigEndian(dict.bigEndian);
                cases.read(data, (long) SheetLimits.MAX_ROWS, progress, blocks.inflatedSize(), name);
            } else {
                long perCase = dict.compression == 0 ? dict.caseSlots * 8L : Math.max(1, dict.caseSlots / 8);
                cases.read(in, in.remaining() / perCase + 1, progress, size, name);
            }
            if (cases.rows == 0) {
                throw new SurveyReadException("io.error.noData", title);
            }
            List<Question> questions = new SavSurvey(dict, cases, options).questions(options);
            progress.progress(1.0);
            return new Survey(title, title, 1, 1, "spss", cases.rows, questions, weightId(dict, questions));
        } catch (EOFException e) {
            throw new SurveyReadException(e, "spss.error.truncated", name);
        } catch (SavFormatException e) {
            throw new SurveyReadException(e, "spss.error.damaged", name, e.getMessage());
        } catch (IOException e) {
            throw new SurveyReadException(e, "io.error.unreadable", name, ReadDetail.of(e));
        } catch (OutOfMemoryError e) {
            throw new SurveyReadException("spss.error.tooLarge", name);
        }
    }
}
