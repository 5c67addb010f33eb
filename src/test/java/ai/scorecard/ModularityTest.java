package ai.scorecard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package shows a small public face; no cycles between them, and each depends only on the
 * modules its {@code package-info} allows. A table is reached only through the module that owns it.
 */
class ModularityTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ai.scorecard");

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(ScorecardApplication.class).verify();
    }

    /**
     * The domain's modules take plain commands and answer with outcomes, so a form, an import row and an API
     * call share their rules: nothing of the web (servlets, Spring MVC, Spring's form errors) below the pages.
     */
    @Test
    void theDomainKnowsNothingOfTheWeb() {
        noClasses().that().resideInAnyPackage("..catalog..", "..fact..", "..checks..", "..scoring..",
                "..scoreboard..", "..history..", "..seed..", "..chart..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                        "org.springframework.validation..", "org.springframework.ui..")
                .check(CLASSES);
    }

    /** The facts table only through the ledger, companies and products only through the catalog. */
    @Test
    void repositoriesAreReachedOnlyFromTheirOwnModule() {
        classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should(new ArchCondition<>("be used only inside their own package") {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        repository.getAccessesToSelf().forEach(access -> {
                            JavaClass user = access.getOriginOwner();
                            if (!user.getPackageName().equals(repository.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                            }
                        });
                        repository.getDirectDependenciesToSelf().forEach(dependency -> {
                            JavaClass user = dependency.getOriginClass();
                            if (!user.getPackageName().equals(repository.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                }).check(CLASSES);
    }
}
