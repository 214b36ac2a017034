package fi.kasvu.platform.migration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The fleet upgrade as a one-off process, the way a deployment runs it (a Kubernetes Job with the release's image):
 * {@code --kasvu.migration.fleet-upgrade=run} resumes the upgrade that is running or plans a new one, works until it
 * ends, prints the report and exits 0 when every tenant succeeded, 1 otherwise.
 */
@Component
@ConditionalOnProperty(name = "kasvu.migration.fleet-upgrade", havingValue = "run")
class FleetUpgradeCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FleetUpgradeCommand.class);

    private final FleetUpgrade fleet;
    private final ConfigurableApplicationContext application;

    FleetUpgradeCommand(FleetUpgrade fleet, ConfigurableApplicationContext application) {
        this.fleet = fleet;
        this.application = application;
    }

    @Override
    public void run(ApplicationArguments args) {
        FleetUpgradeReport report = fleet.resume().orElseGet(fleet::upgradeFleet);
        log.info("fleet upgrade {} to {}: {} ({} succeeded, {} failed)", report.id(), report.target(), report.status(),
                report.count("SUCCEEDED"), report.count("FAILED"));
        report.failed().forEach(t -> log.warn("  {} failed after {} attempt(s): {}", t.tenantId(), t.attempts(), t.error()));
        int code = "SUCCEEDED".equals(report.status()) ? 0 : 1;
        System.exit(SpringApplication.exit(application, () -> code));
    }
}
