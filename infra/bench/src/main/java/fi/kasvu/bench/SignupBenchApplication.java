package fi.kasvu.bench;

import fi.kasvu.platform.PlatformTestApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The platform and provisioning together, as provisioning's tests start them ({@code ProvisioningTestApplication}),
 * for {@link SignupBench}. The platform's test-jar is on the bench's class path, so its
 * {@link PlatformTestApplication} (a second {@code @SpringBootApplication}) is kept out of the scan.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"fi.kasvu.platform", "fi.kasvu.provisioning"}, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PlatformTestApplication.class)})
@EntityScan("fi.kasvu")
@EnableJpaRepositories("fi.kasvu")
public class SignupBenchApplication {
}
