package fi.kasvu.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void searchsAdaptersAreModulesWithoutCycles() {
        ApplicationModules.of("fi.kasvu.search").verify();
    }

    @Test
    void onlyTheElasticsearchAdapterUsesTheElasticsearchClient() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.kasvu.search");
        noClasses().that().resideOutsideOfPackage("fi.kasvu.search.elasticsearch..")
                .should().dependOnClassesThat().resideInAnyPackage("co.elastic..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
