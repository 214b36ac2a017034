package fi.kasvu.provisioning;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The platform and provisioning together, as provisioning's tests start them. */
@SpringBootApplication(scanBasePackages = "fi.kasvu")
@EntityScan("fi.kasvu")
@EnableJpaRepositories("fi.kasvu")
public class ProvisioningTestApplication {
}
