package fi.kasvu.provisioning.onboarding;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OnboardingConfiguration {

    static final String EXECUTOR = "provisioningExecutor";

    /** Sagas run here, a few at a time, so a burst of sign-ups cannot take every database connection. */
    @Bean(name = EXECUTOR, destroyMethod = "shutdown")
    ThreadPoolTaskExecutor provisioningExecutor() {
        var executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("provisioning-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(1_000);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
        return executor;
    }
}
