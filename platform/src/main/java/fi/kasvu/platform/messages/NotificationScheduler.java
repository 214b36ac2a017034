package fi.kasvu.platform.messages;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import fi.kasvu.platform.tenancy.Tenant;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.platform.tenancy.TenantStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every {@code kasvu.messages.send-interval}, sends each active municipality's due notifications, one after another;
 * a municipality that fails (its schema being migrated, say) does not hold up the others.
 */
@Component
class NotificationScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationScheduler.class);

    private final NotificationDelivery delivery;
    private final TenantRegistry registry;
    private final TenantContext tenants;
    private final MessageSettings settings;
    private final Clock clock;
    private ScheduledExecutorService executor;

    NotificationScheduler(NotificationDelivery delivery, TenantRegistry registry, TenantContext tenants,
                          MessageSettings settings, Clock clock) {
        this.delivery = delivery;
        this.registry = registry;
        this.tenants = tenants;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (!settings.senderEnabled() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kasvu-notification-sender");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.sendInterval().toMillis();
        executor.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    void round() {
        for (Tenant tenant : registry.withStatus(TenantStatus.ACTIVE)) {
            try {
                tenants.runAs(tenant.tenantId(), () -> delivery.sendDue(clock.instant()));
            } catch (RuntimeException e) {
                log.warn("sending the notifications of {} failed: {}", tenant.slug(), e.toString());
            }
        }
    }
}
