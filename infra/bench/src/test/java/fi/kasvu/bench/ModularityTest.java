package fi.kasvu.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The benchmarks measure Kasvu through its public services and HTTP, never through its tables' Java side. */
class ModularityTest {

    private final JavaClasses benchmarks = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fi.kasvu.bench");

    @Test
    void benchmarksUseNoEntitiesOrRepositories() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.springframework.data.repository",
                        "org.springframework.data.jpa.repository")
                .because("a benchmark drives the same services and endpoints users reach")
                .check(benchmarks);
    }

    @Test
    void benchmarksDoNotReachIntoTheUi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("fi.kasvu.ui..", "com.vaadin..")
                .because("the benchmarks run the platform and provisioning without the deployable UI")
                .check(benchmarks);
    }
}
