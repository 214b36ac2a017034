package fi.kasvu.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The platform's features are modules that talk only through each other's root packages. */
class ModularityTest {

    @Test
    void featuresAreModulesWithoutCyclesOrReachingIntoEachOthersInternals() {
        ApplicationModules.of("fi.kasvu.platform").verify();
    }

    @Test
    void thePlatformKnowsNothingOfVendorsOrTheUi() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.kasvu.platform");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "com.stripe..", "org.keycloak..", "co.elastic..", "org.apache.lucene..")
                .because("vendor SDKs live in exactly one package of the module that owns them")
                .check(classes);
    }

    @Test
    void onlyTheTenantRuntimeAndMigrationsTouchSearchPaths() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.kasvu.platform");
        noClasses().that().resideOutsideOfPackages("fi.kasvu.platform.database", "fi.kasvu.platform.tenancy",
                        "fi.kasvu.platform.migration")
                .should().dependOnClassesThat().haveFullyQualifiedName("fi.kasvu.platform.database.SearchPath")
                .because("a schema is bound and unbound in one place so that no connection leaks a tenant")
                .check(classes);
    }
}
