package fi.kasvu.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fi.kasvu.platform.PlatformTestApplication;
import fi.kasvu.platform.database.EmbeddedDatabase;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.platform.tenancy.TenantStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** With no database configured Kasvu runs on its own PostgreSQL, seeds a demo once, and keeps data across restarts. */
class EmbeddedDefaultTest {

    @TempDir Path dataDir;

    @Test
    void firstStartSeedsTheDemoMunicipalityAndARestartKeepsEverything() throws IOException {
        List<SchoolSummary> firstSchools;
        try (var app = start()) {
            assertThat(app.getBeansOfType(EmbeddedDatabase.class)).hasSize(1);
            var registry = app.getBean(TenantRegistry.class);
            assertThat(registry.all()).singleElement().satisfies(tenant -> {
                assertThat(tenant.slug()).isEqualTo("vantaa");
                assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
                assertThat(tenant.schema()).isEqualTo("t_vantaa");
            });
            firstSchools = schools(app);
            assertThat(firstSchools).extracting(SchoolSummary::name).contains("Hakunilan koulu", "Tikkurilan lukio");
        }
        assertThat(Files.exists(dataDir.resolve("postgres/PG_VERSION"))).isTrue();

        try (var app = start()) {
            assertThat(app.getBean(TenantRegistry.class).all()).hasSize(1);
            assertThat(schools(app)).isEqualTo(firstSchools);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PlatformTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("kasvu.data-dir=" + dataDir, "spring.datasource.url=")
                .run();
    }

    private static List<SchoolSummary> schools(ConfigurableApplicationContext app) {
        var context = app.getBean(TenantContext.class);
        var directory = app.getBean(SchoolDirectory.class);
        try {
            return context.callAs(DemoMunicipality.DEMO, directory::schools);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
