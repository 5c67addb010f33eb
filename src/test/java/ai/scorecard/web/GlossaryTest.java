package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * One word per concept: the glossary ({@code docs/glossary.md}) maps each English term of the interface to
 * its Chinese word, and every message keeps to it. Wherever an English message uses a term as a word, the
 * same key's Chinese message uses the glossary's Chinese word (its label form where the English message is
 * the term alone) and none of the literal translations it replaced; no Chinese message holds a word the
 * glossary bans outright (记分卡, 出处, 你 …). The glossary's own first section says how a row is read.
 */
class GlossaryTest {

    static final Path GLOSSARY = Path.of("docs", "glossary.md");
    static final List<String> BUNDLES = List.of("messages", "charts", "history");

    /** One row of the terms tables. */
    record Term(List<String> forms, String chinese, String label, List<String> not) {

        String name() {
            return String.join(" / ", forms);
        }
    }

    /** A term's form, as a pattern: a whole word, any case, an optional plural, a space matching a hyphen. */
    record Form(String text, Term term, Pattern word, Pattern alone) {

        static Form of(String text, Term term) {
            String body = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s-]+"))
                    .map(Pattern::quote).collect(Collectors.joining("[\\s-]+")) + "(?:s|es)?";
            return new Form(text, term, Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])"),
                    Pattern.compile(body));
        }
    }

    record Glossary(List<Term> terms, Map<String, Set<String>> exceptions, Map<String, String> banned) {
    }

    @Test
    void everyEnglishTermReadsTheSameInChinese() throws IOException {
        Glossary glossary = glossary();
        List<Form> forms = new ArrayList<>();
        for (Term term : glossary.terms()) {
            term.forms().forEach(text -> forms.add(Form.of(text, term)));
        }
        // Longest first: "path to revenue" takes its words away from "revenue".
        forms.sort(Comparator.comparingInt((Form form) -> form.text().length()).reversed());

        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Map<String, String> english = load(bundle + ".properties");
            Map<String, String> chinese = load(bundle + "_zh.properties");
            english.forEach((key, text) -> {
                String zh = chinese.get(key);
                if (zh == null) {
                    return; // BundlesTest's business
                }
                for (Term term : termsUsed(text, forms)) {
                    if (glossary.exceptions().getOrDefault(key, Set.of()).stream().anyMatch(term.forms()::contains)) {
                        continue;
                    }
                    String wanted = term.label() != null && isAlone(text, term) ? term.label() : term.chinese();
                    if (!zh.contains(wanted)) {
                        problems.add(key + ": “" + term.name() + "” is " + wanted + ", but reads " + zh);
                    }
                    for (String wrong : term.not()) {
                        if (zh.contains(wrong)) {
                            problems.add(key + ": “" + term.name() + "” is " + wanted + ", not " + wrong + ": " + zh);
                        }
                    }
                }
            });
        }
        assertThat(problems).as("Chinese messages that leave the glossary (docs/glossary.md)").isEmpty();
    }

    @Test
    void noChineseMessageHoldsABannedWord() throws IOException {
        Map<String, String> banned = glossary().banned();
        List<String> problems = new ArrayList<>();
        for (String bundle : BUNDLES) {
            load(bundle + "_zh.properties").forEach((key, text) -> banned.forEach((word, instead) -> {
                if (text.contains(word)) {
                    problems.add(key + ": " + word + " (write " + instead + "): " + text);
                }
            }));
        }
        assertThat(problems).isEmpty();
    }

    /** The exceptions name keys that exist and words the glossary has, so that none outlives its message. */
    @Test
    void everyExceptionNamesAMessageThatUsesItsWord() throws IOException {
        Glossary glossary = glossary();
        Map<String, String> english = new LinkedHashMap<>();
        for (String bundle : BUNDLES) {
            english.putAll(load(bundle + ".properties"));
        }
        assertThat(glossary.exceptions()).isNotEmpty();
        glossary.exceptions().forEach((key, words) -> {
            assertThat(english).as("an exception's key").containsKey(key);
            for (String word : words) {
                assertThat(glossary.terms()).as("a term " + word).anyMatch(term -> term.forms().contains(word));
                assertThat(Form.of(word, null).word().matcher(english.get(key).toLowerCase(Locale.ROOT)).find())
                        .as(key + " uses " + word).isTrue();
            }
        });
    }

    /** The check itself: a term, its label form, a longer term winning, a wrong variant and an exception. */
    @Test
    void theCheckReadsTermsAsWords() {
        Term revenue = new Term(List.of("revenue"), "收入", null, List.of());
        Term path = new Term(List.of("path to revenue"), "变现路径", null, List.of("收入路径"));
        Term asOf = new Term(List.of("as of"), "截至", "截至日期", List.of());
        List<Form> forms = new ArrayList<>(List.of(Form.of("path to revenue", path), Form.of("revenue", revenue),
                Form.of("as of", asOf)));
        assertThat(termsUsed("Path to revenue", forms)).containsExactly(path);
        assertThat(termsUsed("Annual revenues, as-of date", forms)).containsExactlyInAnyOrder(revenue, asOf);
        assertThat(termsUsed("Revenued? Hasof", forms)).isEmpty();
        assertThat(isAlone("As of", asOf)).isTrue();
        assertThat(isAlone("As of {0}", asOf)).isFalse();
    }

    /** The terms an English message uses, longer terms taking their words first. */
    static Set<Term> termsUsed(String english, List<Form> forms) {
        StringBuilder text = new StringBuilder(normal(english));
        Set<Term> used = new java.util.LinkedHashSet<>();
        for (Form form : forms) {
            Matcher matcher = form.word().matcher(text);
            List<int[]> spans = new ArrayList<>();
            while (matcher.find()) {
                spans.add(new int[] {matcher.start(), matcher.end()});
            }
            for (int[] span : spans) {
                used.add(form.term());
                for (int i = span[0]; i < span[1]; i++) {
                    text.setCharAt(i, '\u0001');
                }
            }
        }
        return used;
    }

    /** True when the English message is the term and nothing else: a label, a column head, a status. */
    static boolean isAlone(String english, Term term) {
        String label = normal(english).strip().replaceAll("[.:;!?]+$", "");
        return term.forms().stream().anyMatch(form -> Form.of(form, term).alone().matcher(label).matches());
    }

    private static String normal(String english) {
        return english.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }

    static Glossary glossary() throws IOException {
        List<Term> terms = new ArrayList<>();
        Map<String, Set<String>> exceptions = new LinkedHashMap<>();
        Map<String, String> banned = new LinkedHashMap<>();
        String table = null;
        for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
            if (!line.startsWith("|")) {
                table = null;
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
                    .map(cell -> cell.strip().replace("`", "")).toList();
            if (table == null) {
                table = cells.get(0); // the header names the table
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            switch (table) {
                case "English" -> terms.add(new Term(split(cells.get(0), " / "), cells.get(1),
                        cells.get(2).isEmpty() ? null : cells.get(2), split(cells.get(3), ",")));
                case "key" -> exceptions.computeIfAbsent(cells.get(0), key -> new TreeSet<>()).add(cells.get(1));
                case "word" -> banned.put(cells.get(0), cells.get(1));
                default -> throw new IllegalStateException("A table the glossary test cannot read: " + table);
            }
        }
        assertThat(terms).as("terms in " + GLOSSARY).hasSizeGreaterThan(50);
        assertThat(banned).as("banned words in " + GLOSSARY).isNotEmpty();
        return new Glossary(terms, exceptions, banned);
    }

    private static List<String> split(String cell, String separator) {
        return Arrays.stream(cell.split(Pattern.quote(separator))).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    static Map<String, String> load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> messages = new LinkedHashMap<>();
        new TreeSet<>(properties.stringPropertyNames()).forEach(key -> messages.put(key, properties.getProperty(key)));
        return messages;
    }
}
