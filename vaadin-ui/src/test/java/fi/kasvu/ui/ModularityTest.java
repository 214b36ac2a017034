package fi.kasvu.ui;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void uiFeaturesAreModulesThatUseOnlyEachOthersApi() {
        ApplicationModules.of("fi.kasvu.ui").verify();
    }
}
