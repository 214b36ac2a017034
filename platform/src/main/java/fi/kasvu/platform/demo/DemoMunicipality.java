package fi.kasvu.platform.demo;

import fi.kasvu.platform.database.EmbeddedDatabase;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.tenancy.Branding;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * On the first start of the embedded default, when the registry is still empty, adds a demo municipality with a few
 * schools, their classes and people so that there is something to see at {@code http://vantaa.localhost:8080}.
 */
@Component
class DemoMunicipality implements ApplicationRunner {

    static final TenantId DEMO = TenantId.of("vantaa");

    private static final Logger log = LoggerFactory.getLogger(DemoMunicipality.class);

    private final TenantRegistry registry;
    private final TenantMigrations migrations;
    private final DemoSchoolStructure structure;
    private final TenantContext context;
    private final List<DemoData> features;
    private final boolean embedded;

    DemoMunicipality(ObjectProvider<EmbeddedDatabase> embeddedDatabase, TenantRegistry registry, TenantMigrations migrations, DemoSchoolStructure structure,
                     TenantContext context, List<DemoData> features) {
        this.registry = registry;
        this.migrations = migrations;
        this.structure = structure;
        this.context = context;
        this.features = features.stream().sorted(java.util.Comparator.comparingInt(DemoData::order)).toList();
        this.embedded = embeddedDatabase.getIfAvailable() != null;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!embedded || !registry.all().isEmpty()) {
            return;
        }
        registry.register(DEMO, "Vantaa (demo)");
        registry.rebrand(DEMO, new Branding("Vantaan kasvatus ja oppiminen (demo)", "#0050a0"));
        migrations.migrate(DEMO);
        context.runAs(DEMO, () -> {
            structure.seed();
            features.forEach(DemoData::seed);
        });
        registry.activate(DEMO);
        log.info("seeded the demo municipality '{}'", DEMO);
    }
}
