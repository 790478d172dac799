package com.surveypivot.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the message bundles as files (src/main/resources/com/surveypivot/i18n): every English bundle {@code X.properties}
 * has a Japanese {@code X_ja.properties} with the same keys, no blank values, the same {n} arguments, Japanese
 * wording wherever the English has words, and every key the main code names exists in the bundle its first segment
 * selects (that is where {@link Messages#get(String, Object...)} looks).
 */
class MessagesBundleTest {
    private static final Path BUNDLES = Path.of("src/main/resources/com/surveypivot/i18n");
    private static final Path MAIN_JAVA = Path.of("src/main/java");

    /**
     * Tokens that stay the same in Japanese: the brand, file formats and statistics symbols. Removed (whole words,
     * any case) from an English value before asking whether it still has words that need translating.
     */
    private static final Set<String> UNTRANSLATED_WORDS = Set.of(
            "SurveyPivot", "PNG", "CSV", "JSON", "XLSX", "Excel", "UTF-8", "BOM", "ID", "n", "p", "z", "df", "chi",
            "px", "x", "KB", "MB", "GB", "ms", "s");
    /** Keys whose Japanese value may be written without Japanese characters; keep this list short. */
    private static final Set<String> UNTRANSLATED_KEYS = Set.of(
            "analysis.topTwo"); // TOP2（…＋…）: Japanese research reports write the top-2 box as "TOP2"

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** What is left once arguments, options, metavariables, file names and allowed words are removed. */
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}{2,}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(\\.[A-Za-z0-9_-]+)+");
    private static final Set<String> FILE_EXTENSIONS = Set.of(
            "css", "png", "fxml", "properties", "xlsx", "xls", "csv", "json", "txt", "ttf", "otf", "java", "svg");

    /** Key literals handed to the translation entry point: Messages.get("k"…), Messages.get(locale, "k"…). */
    private static final Pattern GET_KEY = Pattern.compile(
            "Messages\\.get\\(\\s*(?:[\\w.()]+\\s*,\\s*)?\"([^\"\\\\]+)\"");
    /**
     * Dotted literals that open an exception's arguments, as in new SurveyReadException("io.error.encrypted", …) or
     * new LocalizedException(cause, "io.cancelled"); plain English messages (IllegalArgumentException("…")) do not match.
     */
    private static final Pattern EXCEPTION_KEY = Pattern.compile(
            "Exception\\(\\s*(?:\\w+\\s*,\\s*)?\"([a-z][a-z0-9]*(?:\\.[A-Za-z0-9_-]+)+\\.?)\"");
    /** Any string literal in main code. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void everyEnglishBundleHasAJapaneseOneAndBackAgain() {
        Set<String> english = bundleNames("");
        Set<String> japanese = bundleNames("_ja");
        assertFalse(english.isEmpty(), "no bundles found under " + BUNDLES.toAbsolutePath());
        assertEquals(english, japanese, "bundles X.properties and X_ja.properties must come in pairs");
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundleNames("")) {
            Set<String> en = load(bundle, "").keySet();
            Set<String> ja = load(bundle, "_ja").keySet();
            difference(en, ja).forEach(k -> problems.add(bundle + "_ja.properties lacks " + k));
            difference(ja, en).forEach(k -> problems.add(bundle + ".properties lacks " + k));
        }
        assertNoProblems(problems);
    }

    @Test
    void everyKeyLivesInTheBundleNamedByItsFirstSegment() {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundleNames("")) {
            for (String suffix : List.of("", "_ja")) {
                load(bundle, suffix).keySet().stream()
                        .filter(key -> !bundle.equals(areaOf(key)))
                        .forEach(key -> problems.add(bundle + suffix + ".properties: " + key
                                + " is looked up in " + areaOf(key) + ".properties, so it can never be found here"));
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void noValueIsBlank() {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundleNames("")) {
            for (String suffix : List.of("", "_ja")) {
                load(bundle, suffix).forEach((key, value) -> {
                    if (value.isBlank()) {
                        problems.add(bundle + suffix + ".properties: " + key + " is blank");
                    }
                });
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void bothLanguagesTakeTheSameArgumentsAndParseAsMessageFormat() {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundleNames("")) {
            Map<String, String> en = load(bundle, "");
            Map<String, String> ja = load(bundle, "_ja");
            for (String key : en.keySet()) {
                if (!ja.containsKey(key)) {
                    continue;
                }
                Set<String> enArgs = arguments(en.get(key));
                Set<String> jaArgs = arguments(ja.get(key));
                if (!enArgs.equals(jaArgs)) {
                    problems.add(key + ": English uses {" + enArgs + "}, Japanese {" + jaArgs + "}");
                }
                for (String value : List.of(en.get(key), ja.get(key))) {
                    if (!enArgs.isEmpty()) {
                        try {
                            new MessageFormat(value);
                        } catch (IllegalArgumentException e) {
                            problems.add(key + ": not a MessageFormat pattern (" + e.getMessage() + "): " + value);
                        }
                    }
                }
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void japaneseValuesAreWrittenInJapanese() {
        List<String> problems = new ArrayList<>();
        for (String bundle : bundleNames("")) {
            Map<String, String> en = load(bundle, "");
            Map<String, String> ja = load(bundle, "_ja");
            for (Map.Entry<String, String> entry : ja.entrySet()) {
                String key = entry.getKey();
                String english = en.getOrDefault(key, "");
                if (UNTRANSLATED_KEYS.contains(key) || !needsTranslation(english)) {
                    continue;
                }
                if (!JAPANESE.matcher(entry.getValue()).find()) {
                    problems.add(bundle + "_ja.properties: " + key + " has no Japanese text: " + entry.getValue());
                }
            }
        }
        assertNoProblems(problems);
    }

    @Test
    void wordsAreFoundByTheTranslationCheck() {
        assertTrue(needsTranslation("Could not read {0}: the file is encrypted."));
        assertTrue(needsTranslation("Total"));
        assertFalse(needsTranslation("SurveyPivot"));
        assertFalse(needsTranslation("(n={0})"));
        assertFalse(needsTranslation("{0,number,0.0}%"));
        assertFalse(needsTranslation("--format csv|json"));
        assertFalse(needsTranslation("p = {0}"));
        assertTrue(JAPANESE.matcher("ファイルを開けません").find());
        assertTrue(JAPANESE.matcher("全体").find());
        assertFalse(JAPANESE.matcher("Total (n=5)").find());
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path source : javaSources()) {
            String code = Files.readString(source, StandardCharsets.UTF_8);
            Set<String> keys = new TreeSet<>();
            for (Pattern call : List.of(GET_KEY, EXCEPTION_KEY)) {
                Matcher m = call.matcher(code);
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
            Matcher literal = STRING_LITERAL.matcher(code);
            while (literal.find()) {
                String text = literal.group(1);
                if (looksLikeKey(text)) {
                    keys.add(text);
                }
            }
            for (String key : keys) {
                String area = areaOf(key);
                Path bundleFile = BUNDLES.resolve(area + ".properties");
                if (key.endsWith(".")) {
                    // a prefix completed at run time, as in Messages.get("notes.kind." + kind)
                    if (!Files.exists(bundleFile) || load(area, "").keySet().stream().noneMatch(k -> k.startsWith(key))) {
                        problems.add(MAIN_JAVA.relativize(source) + ": no key starts with " + key);
                    }
                } else if (!Files.exists(bundleFile) || !load(area, "").containsKey(key)) {
                    problems.add(MAIN_JAVA.relativize(source) + ": key " + key + " is not in " + bundleFile.getFileName());
                }
            }
        }
        assertNoProblems(problems);
    }

    /** A literal shaped like {@code io.error.encrypted} whose first segment names an existing bundle. */
    private static boolean looksLikeKey(String text) {
        if (!KEY.matcher(text).matches() || text.chars().filter(c -> c == '.').count() < 2) {
            return false;
        }
        String last = text.substring(text.lastIndexOf('.') + 1);
        return !FILE_EXTENSIONS.contains(last) && bundleNames("").contains(areaOf(text));
    }

    static boolean needsTranslation(String english) {
        String rest = ARGUMENT.matcher(english).replaceAll(" ");
        rest = rest.replaceAll("--?[A-Za-z][\\w-]*", " ");          // command-line options
        rest = rest.replaceAll("\\b[A-Z][A-Z0-9_]+\\b", " ");       // metavariables and acronyms: FILE, NAME, PNG
        rest = rest.replaceAll("\\S+\\.(" + String.join("|", FILE_EXTENSIONS) + ")\\b", " ");
        rest = rest.replaceAll("\\b(csv|json|xlsx|png)\\b", " ");
        for (String word : UNTRANSLATED_WORDS) {
            rest = rest.replaceAll("(?i)(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])", " ");
        }
        return WORD.matcher(rest).find();
    }

    private static String areaOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? "app" : key.substring(0, dot);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> indexes = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            indexes.add(m.group(1));
        }
        return indexes;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static void assertNoProblems(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n" + String.join("\n", problems));
        }
    }

    /** Base names X of the bundle files X.properties (suffix "") or X_ja.properties (suffix "_ja"). */
    private static Set<String> bundleNames(String suffix) {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .filter(base -> suffix.isEmpty() ? !base.contains("_") : base.endsWith(suffix))
                    .map(base -> base.substring(0, base.length() - suffix.length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundle file read as ResourceBundle reads it (UTF-8). */
    private static Map<String, String> load(String bundle, String suffix) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle + suffix + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }
}
