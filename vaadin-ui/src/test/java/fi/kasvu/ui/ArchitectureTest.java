package fi.kasvu.ui;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "fi.kasvu.ui", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule viewsNeverSeeAnEntity = noClasses().that().resideInAPackage("fi.kasvu.ui..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
            .because("views get the records that services return, never entities");

    @ArchTest
    static final ArchRule viewsNeverCallARepository = noClasses().that().resideInAPackage("fi.kasvu.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.data.repository..")
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views call services, which own the transactions and the rules");

    @ArchTest
    static final ArchRule onlySecurityKnowsHowPeopleSignIn = noClasses().that().resideInAPackage("fi.kasvu.ui..")
            .and().resideOutsideOfPackage("fi.kasvu.ui.security..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.security..",
                    "fi.kasvu.provisioning.identity..")
            .because("views and controllers learn who is signed in from CurrentUser; realms, tokens and Spring "
                    + "Security stay in the security module");
}
