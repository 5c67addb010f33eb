package ai.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * No template carries words of its own: every text a reader sees, and every attribute a reader or a screen
 * reader gets (title, alt, placeholder, aria-label, a button's value…), comes from the message bundles
 * through a Thymeleaf attribute that replaces it. Text left in a template is only the natural-template
 * placeholder that Thymeleaf throws away, or text without a letter in it (symbols, digits, the middle dot). The
 * punctuation Chinese writes in full width (colon, semicolon, comma, parentheses, ? and !) counts as words.
 * <p>
 * Text in Thymeleaf expressions is checked too: a {@code |literal substitution|} may not hold words outside
 * its {@code ${…}} and {@code #{…}} parts.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

    /** Text that reads the same in every language, each with why. */
    static final Map<String, String> LANGUAGE_NEUTRAL = Map.of(
            "English", "the language switch names each language in that language",
            "中文", "the language switch names each language in that language");

    /** Attributes a reader sees or hears. */
    static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "aria-roledescription", "aria-placeholder", "aria-valuetext", "label", "content");

    /** Thymeleaf attributes that throw away the element's body (and what is in it). */
    static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors",
            "th:field", "th:include", "th:substituteby");

    /** Thymeleaf attributes whose expression becomes visible text. */
    static final Set<String> VISIBLE_EXPRESSIONS = Set.of("th:text", "th:utext", "th:title", "th:alt", "th:placeholder",
            "th:aria-label", "th:value", "th:label", "th:content");

    /** Letters, and the punctuation Chinese writes in full width (：，；（）？！), differ by language. */
    static final Pattern LETTER = Pattern.compile("[\\p{L}:;,()?!]");
    static final Pattern ATTR_ASSIGNMENT = Pattern.compile("(^|,)\\s*([\\w-]+)\\s*=");
    static final Pattern PIPE_LITERAL = Pattern.compile("\\|([^|]*)\\|");
    static final Pattern INNERMOST_EXPRESSION = Pattern.compile("[$#*@~]\\{[^{}]*}");

    @Test
    void everyVisibleTextComesFromTheBundles() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(templates).hasSizeGreaterThan(20);
        for (Path template : templates) {
            String html = Files.readString(template, StandardCharsets.UTF_8);
            Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
            check(TEMPLATES.relativize(template).toString(), document, problems);
        }
        assertThat(problems).as("text outside the message bundles").isEmpty();
    }

    /** Every message a template names by a fixed key is in the bundles (BundlesTest: in both languages). */
    @Test
    void everyFixedMessageKeyExists() throws IOException {
        Properties english = new Properties();
        for (String bundle : List.of("messages", "charts", "history")) {
            try (Reader reader = new InputStreamReader(new ClassPathResource(bundle + ".properties").getInputStream(),
                    StandardCharsets.UTF_8)) {
                english.load(reader);
            }
        }
        Pattern fixedKey = Pattern.compile("#\\{([A-Za-z][\\w.-]*)\\s*[}(]|#messages\\.msg\\('([\\w.-]+)'\\)");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher key = fixedKey.matcher(Files.readString(template, StandardCharsets.UTF_8));
                while (key.find()) {
                    String name = key.group(1) != null ? key.group(1) : key.group(2);
                    if (!english.containsKey(name)) {
                        missing.add(TEMPLATES.relativize(template) + ": " + name);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckFindsWhatItShould() {
        List<String> problems = new ArrayList<>();
        check("sample", Jsoup.parse("""
                <html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: layout(~{::#content})}">
                <body><div id="content">
                  <h1 th:text="#{title}">Placeholder is fine</h1>
                  <p>Hard-coded words</p>
                  <p th:replace="~{x :: y}">also fine</p>
                  <span>→ 42 · —</span>
                  <a href="#" title="A literal title">→</a>
                  <a href="#" title="Replaced" th:title="#{t}"></a>
                  <a href="#" aria-label="Replaced too" th:attr="aria-label=#{t}"></a>
                  <input type="submit" value="Send">
                  <input type="text" value="user data is fine">
                  <span th:text="|Score: ${x}|">1</span>
                  <span th:text="|▲ ${x} #{y}|">1</span>
                  <li><span th:text="#{label}">Label</span>: <span th:text="${v}">1</span></li>
                  <title th:text="|${creating} ? #{new} : #{edit}|">t</title>
                  <input th:attr="aria-describedby=|field${i}.weight-error|, title=|Go to ${x}|">
                </div></body></html>""", "", Parser.htmlParser().setTrackPosition(true)), problems);
        assertThat(problems).hasSize(7);
        assertThat(String.join("\n", problems))
                .contains("Hard-coded words", "A literal title", "Send", "Score:", "<li> text \":\"", "… ? … : …",
                        "Go to")
                .doesNotContain("Placeholder", "also fine", "Replaced", "user data", "▲", "weight-error");
    }

    private static void check(String name, Document document, List<String> problems) {
        // A file of fragments shows only its fragments; the rest of it is there to keep it a document.
        boolean fragmentsOnly = !document.select("[th:fragment]").isEmpty();
        for (Element element : document.getAllElements()) {
            if ((element.parent() != null && replaced(element.parent())) || (fragmentsOnly && !inFragment(element))) {
                continue;
            }
            for (Node child : element.childNodes()) {
                if (!replaced(element) && child instanceof TextNode text && words(text.text())) {
                    problems.add(where(name, element) + " text \"" + text.text().strip() + "\"");
                }
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey();
                if (visibleAttribute(element, key) && !suppliedByThymeleaf(element, key) && words(attribute.getValue())) {
                    problems.add(where(name, element) + " attribute " + key + "=\"" + attribute.getValue() + "\"");
                }
                if (VISIBLE_EXPRESSIONS.contains(key) || key.equals("th:attr")) {
                    String expression = key.equals("th:attr") ? visibleAssignments(attribute.getValue())
                            : attribute.getValue();
                    for (String literal : literalWords(expression)) {
                        problems.add(where(name, element) + " " + key + " literal \"" + literal + "\"");
                    }
                }
            }
        }
    }

    /** True when Thymeleaf throws away this element's body: it, or an element around it, replaces it. */
    private static boolean replaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            // A page hands its parts to the layout from <html th:replace>: those parts are what it shows.
            if (e.tagName().equals("html")) {
                return false;
            }
            for (String attribute : BODY_REPLACING) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
            String remove = e.attr("th:remove");
            if (remove.equals("all") || remove.equals("body") || (e != element && remove.equals("all-but-first"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inFragment(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr("th:fragment")) {
                return true;
            }
        }
        return false;
    }

    private static boolean visibleAttribute(Element element, String key) {
        if (VISIBLE_ATTRIBUTES.contains(key)) {
            // <meta content> is only read for a description; charset, viewport and the like are not text.
            return !key.equals("content") || element.attr("name").equals("description");
        }
        if (key.equals("value")) {
            String type = element.attr("type").toLowerCase();
            return element.tagName().equals("input") && Set.of("submit", "button", "reset").contains(type);
        }
        return false;
    }

    private static boolean suppliedByThymeleaf(Element element, String key) {
        return element.hasAttr("th:" + key)
                || Pattern.compile("(^|,)\\s*" + Pattern.quote(key) + "\\s*=").matcher(element.attr("th:attr")).find();
    }

    /**
     * The values a th:attr gives to attributes a reader sees (title, aria-label, ...), leaving out ids,
     * references such as aria-describedby, and other attributes no one reads.
     */
    static String visibleAssignments(String thAttr) {
        Matcher assignment = ATTR_ASSIGNMENT.matcher(thAttr);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (assignment.find()) {
            starts.add(new int[] {assignment.start(2), assignment.end()});
            names.add(assignment.group(2));
        }
        StringBuilder visible = new StringBuilder();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : thAttr.length();
            if (VISIBLE_ATTRIBUTES.contains(names.get(i))) {
                visible.append(thAttr, starts.get(i)[1], end).append(' ');
            }
        }
        return visible.toString();
    }

    /** Words in the fixed parts of |…| literal substitutions. */
    private static List<String> literalWords(String expression) {
        // Take out ${…}, #{…} and the like, innermost first: what they hold is code or a message key.
        String fixed = expression;
        for (String previous = null; !fixed.equals(previous); ) {
            previous = fixed;
            fixed = INNERMOST_EXPRESSION.matcher(fixed).replaceAll("\u0000");
        }
        List<String> found = new ArrayList<>();
        Matcher literal = PIPE_LITERAL.matcher(fixed);
        while (literal.find()) {
            if (words(literal.group(1))) {
                found.add(literal.group(1).replace('\u0000', '…'));
            }
        }
        return found;
    }

    private static boolean words(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && !LANGUAGE_NEUTRAL.containsKey(stripped) && LETTER.matcher(stripped).find();
    }

    private static String where(String name, Element element) {
        return name + ":" + element.sourceRange().start().lineNumber() + " <" + element.tagName() + ">";
    }
}
