package fi.kasvu.provisioning;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void provisioningsFeaturesAreModulesWithoutCycles() {
        ApplicationModules.of("fi.kasvu.provisioning").verify();
    }

    @Test
    void provisioningUsesOnlyThePlatformsPublicServicesNotItsInternals() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.kasvu.provisioning");
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "org.springframework.data.repository..", "com.vaadin..")
                .because("provisioning drives tenants through the platform's services, never its tables or the UI")
                .check(classes);
    }

    @Test
    void onlyIdentityTalksToKeycloak() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.kasvu.provisioning");
        noClasses().that().resideOutsideOfPackage("fi.kasvu.provisioning.identity..")
                .should().dependOnClassesThat().resideInAPackage("org.keycloak..")
                .allowEmptyShould(true)
                .because("each vendor lives in exactly one package")
                .check(classes);
    }
}
