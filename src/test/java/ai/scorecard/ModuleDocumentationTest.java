package ai.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagrams under {@code docs/modules/} are Spring Modulith's own drawing of the packages, committed so
 * that a reader needs no build to see them. They are drawn again here and compared, so that the docs can never
 * show a structure the code has left; {@code docs/modules.md} must give each module its line for the same reason.
 */
class ModuleDocumentationTest {

    static final Path COMMITTED = Path.of("docs", "modules");
    static final Path DRAWN = Path.of("target", "module-docs");
    static final Path PAGE = Path.of("docs", "modules.md");

    /** Set to true, it writes what the code draws into docs/modules/ instead of failing on a difference. */
    static final String WRITE = "scorecard.docs.write";
    static final String HOW_TO_REFRESH = "docs/modules/ no longer shows the modules as the code has them. Run "
            + "./mvnw test -Dtest=ModuleDocumentationTest -D" + WRITE + "=true, look at the diff of docs/modules/, "
            + "bring the table in docs/modules.md in step if a module came or went, and commit both.";

    static ApplicationModules modules;

    @BeforeAll
    static void readTheModules() {
        modules = ApplicationModules.of(ScorecardApplication.class);
    }

    @Test
    void theCommittedDiagramsAreTheOnesTheCodeDraws() throws IOException {
        SortedMap<String, String> drawn = draw(modules, DRAWN);
        assertThat(drawn).containsKey("components.puml");
        if (Boolean.getBoolean(WRITE)) {
            replace(COMMITTED, drawn);
        }

        assertThat(differences(read(COMMITTED), drawn)).as(HOW_TO_REFRESH).isEmpty();
    }

    @Test
    void theModulesPageHasALineForEveryModuleAndNoOther() throws IOException {
        Set<String> named = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([\\w.]+)` \\|").matcher(Files.readString(PAGE, StandardCharsets.UTF_8));
        while (row.find()) {
            named.add(row.group(1));
        }
        Set<String> actual = modules.stream().map(module -> module.getIdentifier().toString())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(named).as("the modules the table in %s names (expected: the modules the code has). Give each new "
                + "module its line there and take out the lines of modules that are gone.", PAGE).isEqualTo(actual);
    }

    @Test
    void aDifferentModuleStructureIsADifference() {
        // The same application less one module: what a package moved or removed by a restructuring looks like.
        ApplicationModules fewer = ApplicationModules.of(ScorecardApplication.class,
                DescribedPredicate.describe("in the chart package",
                        type -> type.getPackageName().startsWith("ai.scorecard.chart")));

        assertThat(differences(draw(modules, DRAWN), draw(fewer, DRAWN.resolveSibling("module-docs-fewer"))))
                .contains("components.puml", "module-chart.puml (no such module any more)");
    }

    /** Every file Documenter writes for these modules, by name, in a {@link #canonical} form. */
    static SortedMap<String, String> draw(ApplicationModules modules, Path folder) {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        SortedMap<String, String> files = read(folder);
        files.replaceAll((name, text) -> canonical(text));
        return files;
    }

    /**
     * The text with each run of component or relationship lines sorted. Documenter lists them in the order of
     * hash sets, which differs with what else ran in the same JVM, so the same modules would otherwise be drawn
     * in another order after another test; PlantUML lays out the same picture either way.
     */
    static String canonical(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int start = 0;
        while (start < lines.size()) {
            String kind = kind(lines.get(start));
            int end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
        return String.join("\n", lines);
    }

    private static String kind(String line) {
        String element = line.strip();
        return Stream.of("Component(", "Rel(").filter(element::startsWith).findFirst().orElse(null);
    }

    static SortedMap<String, String> read(Path folder) {
        SortedMap<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                // A checkout may have turned the line ends into CRLF.
                files.put(path.getFileName().toString(),
                        Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The names of the files that are missing, extra or different on either side. */
    static List<String> differences(Map<String, String> committed, Map<String, String> drawn) {
        Set<String> names = new TreeSet<>(committed.keySet());
        names.addAll(drawn.keySet());
        List<String> different = new ArrayList<>();
        for (String name : names) {
            if (!drawn.containsKey(name)) {
                different.add(name + " (no such module any more)");
            } else if (!committed.containsKey(name)) {
                different.add(name + " (not committed)");
            } else if (!committed.get(name).equals(drawn.get(name))) {
                different.add(name);
            }
        }
        return different;
    }

    private static void replace(Path folder, Map<String, String> files) throws IOException {
        Files.createDirectories(folder);
        for (String stale : read(folder).keySet()) {
            if (!files.containsKey(stale)) {
                Files.delete(folder.resolve(stale));
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
