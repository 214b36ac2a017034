package fi.kasvu;

import fi.kasvu.platform.PlatformTestApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** The platform with search, as the search module's tests start it (the platform's own test application left out). */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = "fi.kasvu", excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
        classes = PlatformTestApplication.class))
public class SearchTestApplication {
}
