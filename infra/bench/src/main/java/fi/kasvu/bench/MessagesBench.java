package fi.kasvu.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fi.kasvu.platform.TenantFixture;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.messages.Announcements;
import fi.kasvu.platform.messages.Audience;
import fi.kasvu.platform.messages.MessageReach;
import fi.kasvu.platform.messages.Messaging;
import fi.kasvu.platform.messages.NewAnnouncement;
import fi.kasvu.platform.messages.NewThread;
import fi.kasvu.platform.messages.NotificationDelivery;
import fi.kasvu.platform.messages.Recipient;
import fi.kasvu.platform.migration.TenantMigrations;
import fi.kasvu.platform.people.StudentAccess;
import fi.kasvu.platform.tenancy.TenantConnections;
import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Messages at a municipality's scale: one tenant with a {@link BenchRoster} of {@code bench.people} (20,000) people,
 * everyone with an account given a mail address. Measured: starting a conversation teacher to guardian (p50/p95 of
 * 200), a class announcement (p50 of 20 classes), the picker of a principal ({@code reachable}), a school's and the
 * whole municipality's announcement (once each), a guardian's inbox and unread count (p50/p95 of 200), and sending the
 * queued notifications to a real SMTP server (GreenMail) in mails per second.
 *
 * <p>Goals: conversation p95 under 200 ms, class announcement p50 under 500 ms, inbox p95 under 100 ms, a
 * municipality-wide announcement under 30 s, at least 50 notification mails a second.
 */
public final class MessagesBench {

    private final int people = Integer.getInteger("bench.people", 20_000);

    public static void main(String[] args) throws Exception {
        new MessagesBench().run();
        System.exit(0);
    }

    void run() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        smtp.start();
        System.setProperty("spring.mail.host", "127.0.0.1");
        System.setProperty("spring.mail.port", String.valueOf(smtp.getSmtp().getPort()));
        System.setProperty("kasvu.messages.sender-enabled", "false");
        try (ConfigurableApplicationContext context = BenchContext.start(WebApplicationType.NONE)) {
            TenantId tenant = TenantFixture.activeMunicipality(context.getBean(TenantRegistry.class),
                    context.getBean(TenantMigrations.class), "viestit");
            var connections = context.getBean(TenantConnections.class);
            long started = System.nanoTime();
            BenchRoster.fill(connections, tenant, people);
            int pupils = people * 80 / 100;
            connections.withConnection(tenant, connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("UPDATE person SET email = account_id || '@bench.test' WHERE account_id IS NOT NULL");
                }
                return null;
            });
            System.out.printf("roster of %,d people in %.1f s%n", people, seconds(started));
            var tenants = context.getBean(TenantContext.class);
            try (var bound = tenants.bind(tenant)) {
                measure(context, pupils, smtp);
            }
        } finally {
            smtp.stop();
        }
    }

    private void measure(ConfigurableApplicationContext context, int pupils, GreenMail smtp) {
        var messaging = context.getBean(Messaging.class);
        var announcements = context.getBean(Announcements.class);
        var reach = context.getBean(MessageReach.class);
        var access = context.getBean(StudentAccess.class);
        var delivery = context.getBean(NotificationDelivery.class);
        int schools = Math.max(1, people / 8000);
        Actor principal = new Actor("staff-" + pupils, "Rehtori", Set.of("principal"));
        Actor admin = new Actor("staff-" + (pupils + 1), "Kaupungin pääkäyttäjä", Set.of("city-admin"));
        List<Actor> teachers = new ArrayList<>();
        for (int i = schools; i < schools + 20; i++) {
            teachers.add(new Actor("staff-" + (pupils + i), "Opettaja " + i, Set.of("teacher")));
        }

        Actor teacher = teachers.getFirst();
        long picker = System.nanoTime();
        List<Recipient> teachersPicker = reach.reachable(teacher);
        double teacherPickerMs = millis(picker);
        List<UUID> guardians = teachersPicker.stream().filter(r -> r.kind() == Recipient.Kind.GUARDIAN)
                .map(Recipient::personId).toList();
        System.out.printf("picker of a teacher: %d people in %.0f ms%n", teachersPicker.size(), teacherPickerMs);
        long principalPicker = System.nanoTime();
        int principalReach = reach.reachable(principal).size();
        System.out.printf("picker of a principal: %,d people in %.0f ms%n", principalReach, millis(principalPicker));

        List<Double> conversations = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            UUID guardian = guardians.get(i % guardians.size());
            int n = i;
            conversations.add(time(() -> messaging.startThread(teacher, new NewThread("Viesti " + n, Set.of(guardian),
                    "Hei, tässä viesti numero " + n + "."))));
        }
        report("conversation teacher -> guardian", conversations, 200);

        List<Double> classAnnouncements = new ArrayList<>();
        for (Actor each : teachers) {
            UUID group = access.classesTaughtBy(each).getFirst();
            classAnnouncements.add(time(() -> announcements.announce(each, new NewAnnouncement(Audience.CLASS, group,
                    "Luokan tiedote", "Huomenna on retki.", List.of()))));
        }
        report("class announcement", classAnnouncements, 500);

        UUID school = announcements.targets(principal).stream().filter(t -> t.audience() == Audience.SCHOOL)
                .findFirst().orElseThrow().id();
        System.out.printf("school announcement: %.0f ms%n", time(() -> announcements.announce(principal,
                new NewAnnouncement(Audience.SCHOOL, school, "Koulun tiedote", "Syysloma alkaa.", List.of()))));
        double municipality = time(() -> announcements.announce(admin, new NewAnnouncement(Audience.MUNICIPALITY, null,
                "Kunnan tiedote", "Koulut ovat kiinni perjantaina.", List.of())));
        System.out.printf("municipality announcement: %.0f ms (goal < 30000)%n", municipality);

        Actor guardian = new Actor(accountOf(context, context.getBean(TenantContext.class).require(),
                guardians.getFirst()), "Huoltaja", Set.of("guardian"));
        List<Double> inbox = new ArrayList<>();
        List<Double> unread = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inbox.add(time(() -> messaging.inbox(guardian, 0, 50)));
            unread.add(time(() -> messaging.unreadCount(guardian)));
        }
        report("inbox of a guardian (" + messaging.inbox(guardian, 0, 200).size() + " threads)", inbox, 100);
        report("unread count", unread, 100);

        long sending = System.nanoTime();
        int mails = 0;
        Instant later = Instant.now().plus(Duration.ofDays(4));
        for (int round = delivery.sendDue(later); round > 0; round = delivery.sendDue(later)) {
            mails += round;
        }
        double sendSeconds = seconds(sending);
        System.out.printf("notification mails: %,d in %.1f s = %.0f mails/s (goal >= 50); GreenMail received %,d%n",
                mails, sendSeconds, mails / sendSeconds, smtp.getReceivedMessages().length);
    }

    /** The person's realm account, read with JDBC on the tenant's connection (a benchmark touches no entities). */
    private static String accountOf(ConfigurableApplicationContext context, TenantId tenant, UUID person) {
        try {
            return context.getBean(fi.kasvu.platform.tenancy.TenantConnections.class).withConnection(tenant, c -> {
                try (var select = c.prepareStatement("SELECT account_id FROM person WHERE id = ?")) {
                    select.setObject(1, person);
                    try (var row = select.executeQuery()) {
                        return row.next() ? row.getString(1) : null;
                    }
                }
            });
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the guardian's account could not be read", e);
        }
    }

    private static void report(String what, List<Double> millis, double goal) {
        List<Double> sorted = millis.stream().sorted().toList();
        double p50 = sorted.get(sorted.size() / 2);
        double p95 = sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.95)));
        System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, n=%d (goal %.0f ms)%n", what, p50, p95, millis.size(), goal);
    }

    private static double time(Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        return millis(started);
    }

    private static double millis(long started) {
        return (System.nanoTime() - started) / 1_000_000.0;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1_000_000_000.0;
    }
}
