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

/** The platform with search, for {@link SearchBench} (the platform's own test application kept out of the scan). */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"fi.kasvu.platform", "fi.kasvu.search"}, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = PlatformTestApplication.class)})
@EntityScan("fi.kasvu")
@EnableJpaRepositories("fi.kasvu")
public class SearchBenchApplication {
}
