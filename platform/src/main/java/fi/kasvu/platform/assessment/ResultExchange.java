package fi.kasvu.platform.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning services returning assessments and results through the OneRoster gradebook: line items are assessments,
 * results are results, categories are categories, addressed by the service's own sourcedIds. The caller is a
 * third-party app whose scope ({@code gradebook.createput}, {@code gradebook.delete}) the OneRoster security checked;
 * it acts for the whole municipality, as the city admin who registered it allowed. Each write checks the data as the
 * teacher's grid does (the scale, the student a member of the class) and is one transaction; a deletion marks the
 * record {@code tobedeleted}, as OneRoster consumers expect to see it.
 */
@Service
public class ResultExchange {

    /** A line item as sent: {@code scale} from its scoreScale. */
    public record LineItemPut(String sourcedId, String title, String description, LocalDate date,
                              String classSourcedId, String categorySourcedId, Scale scale) {
    }

    /** A result as sent: a number ({@code score}) on a numeric scale, or {@code textScore} (S, H, words, 7+). */
    public record ResultPut(String sourcedId, String lineItemSourcedId, String studentSourcedId, BigDecimal score,
                            String textScore, String comment) {
    }

    public record CategoryPut(String sourcedId, String title, BigDecimal weight) {
    }

    private final EntityManager entities;
    private final ApplicationEventPublisher events;
    private final TenantContext tenants;

    ResultExchange(EntityManager entities, ApplicationEventPublisher events, TenantContext tenants) {
        this.entities = entities;
        this.events = events;
        this.tenants = tenants;
    }

    /** @return true when the line item was created, false when replaced */
    @Transactional
    public boolean putLineItem(String client, LineItemPut put) {
        String by = caller(client);
        sourcedId(put.sourcedId());
        String title = text("title", put.title(), Assessments.LONGEST_TITLE, true);
        String description = text("description", put.description(), Assessments.LONGEST_COMMENT, false);
        if (put.date() == null) {
            throw new InvalidFieldException("assignDate", "give the day of the assessment");
        }
        if (put.scale() == null) {
            throw new InvalidFieldException("scoreScale", "choose one of the scoreScales");
        }
        UUID group = id("class_group", put.classSourcedId())
                .orElseThrow(() -> new InvalidFieldException("class", "there is no class with that sourcedId"));
        UUID category = put.categorySourcedId() == null ? null : id("assessment_category", put.categorySourcedId())
                .orElseThrow(() -> new InvalidFieldException("category", "there is no category with that sourcedId"));
        Optional<Tuple> existing = row("SELECT id, class_id, scale, (SELECT count(*) FROM assessment_result r "
                + "WHERE r.assessment_id = a.id AND r.status = 'active') FROM assessment a WHERE source_id = :s",
                put.sourcedId());
        if (existing.isEmpty()) {
            entities.createNativeQuery("""
                            INSERT INTO assessment (id, source_id, class_id, title, description, assessment_date, scale,
                                                    category_id, created_by)
                            VALUES (:id, :source, :class, :title, :description, :date, :scale, :category, :by)""")
                    .setParameter("id", UUID.randomUUID()).setParameter("source", put.sourcedId())
                    .setParameter("class", group).setParameter("title", title).setParameter("description", description)
                    .setParameter("date", put.date()).setParameter("scale", put.scale().name())
                    .setParameter("category", category).setParameter("by", by).executeUpdate();
            return true;
        }
        Tuple old = existing.get();
        boolean hasResults = ((Number) old.get(3)).longValue() > 0;
        if (hasResults && !group.equals(old.get(1, UUID.class))) {
            throw new InvalidFieldException("class", "the line item has results; its class cannot change");
        }
        if (hasResults && !put.scale().name().equals(old.get(2, String.class))) {
            throw new InvalidFieldException("scoreScale", "the line item has results; its scale cannot change");
        }
        entities.createNativeQuery("""
                        UPDATE assessment SET class_id = :class, title = :title, description = :description,
                               assessment_date = :date, scale = :scale, category_id = :category, status = 'active',
                               updated_at = now() WHERE id = :id""")
                .setParameter("id", old.get(0, UUID.class)).setParameter("class", group).setParameter("title", title)
                .setParameter("description", description).setParameter("date", put.date())
                .setParameter("scale", put.scale().name()).setParameter("category", category).executeUpdate();
        return false;
    }

    /** @return true when the result was created, false when replaced */
    @Transactional
    public boolean putResult(String client, ResultPut put) {
        String by = caller(client);
        sourcedId(put.sourcedId());
        Tuple item = row("SELECT id, class_id, scale FROM assessment WHERE source_id = :s AND status = 'active'",
                put.lineItemSourcedId()).orElseThrow(() -> new InvalidFieldException("lineItem",
                "there is no line item with that sourcedId"));
        UUID assessment = item.get(0, UUID.class);
        UUID group = item.get(1, UUID.class);
        Scale scale = Scale.valueOf(item.get(2, String.class));
        UUID student = GroupRoster.first(entities.createNativeQuery("""
                        SELECT p.id FROM person p JOIN enrollment e ON e.person_id = p.id
                         WHERE p.source_id = :s AND e.class_id = :class AND e.role = 'student' AND e.status = 'active'
                         LIMIT 1""", UUID.class).setParameter("s", put.studentSourcedId()).setParameter("class", group))
                .map(UUID.class::cast).orElseThrow(() -> new InvalidFieldException("student",
                        "there is no student with that sourcedId in the line item's class"));
        Score score = score(scale, put);
        String comment = text("comment", put.comment(), Assessments.LONGEST_COMMENT, false);
        Optional<Tuple> bySourcedId = row("SELECT id, assessment_id, student_id FROM assessment_result "
                + "WHERE source_id = :s", put.sourcedId());
        if (bySourcedId.isPresent() && (!bySourcedId.get().get(1, UUID.class).equals(assessment)
                || !bySourcedId.get().get(2, UUID.class).equals(student))) {
            throw new InvalidFieldException("lineItem", "the result belongs to another line item or student; "
                    + "a result's line item and student do not change");
        }
        Optional<Tuple> byStudent = GroupRoster.first(entities.createNativeQuery("SELECT id, source_id, status FROM "
                        + "assessment_result WHERE assessment_id = :a AND student_id = :s", Tuple.class)
                .setParameter("a", assessment).setParameter("s", student)).map(Tuple.class::cast);
        if (byStudent.isPresent() && !byStudent.get().get(1, String.class).equals(put.sourcedId())
                && "active".equals(byStudent.get().get(2, String.class))) {
            throw new InvalidFieldException("student", "the student already has a result of this line item ('"
                    + byStudent.get().get(1, String.class) + "'); put that one");
        }
        if (byStudent.isPresent()) {
            entities.createNativeQuery("""
                            UPDATE assessment_result SET source_id = :source, score = :score, mark = :mark,
                                   verbal = :verbal, comment = :comment, recorded_by = :by, status = 'active',
                                   updated_at = now() WHERE id = :id""")
                    .setParameter("id", byStudent.get().get(0, UUID.class)).setParameter("source", put.sourcedId())
                    .setParameter("score", score.number()).setParameter("mark", score.mark())
                    .setParameter("verbal", score.verbal()).setParameter("comment", comment).setParameter("by", by)
                    .executeUpdate();
        } else {
            entities.createNativeQuery("""
                            INSERT INTO assessment_result (id, source_id, assessment_id, student_id, score, mark,
                                                           verbal, comment, recorded_by)
                            VALUES (:id, :source, :a, :s, :score, :mark, :verbal, :comment, :by)""")
                    .setParameter("id", UUID.randomUUID()).setParameter("source", put.sourcedId())
                    .setParameter("a", assessment).setParameter("s", student).setParameter("score", score.number())
                    .setParameter("mark", score.mark()).setParameter("verbal", score.verbal())
                    .setParameter("comment", comment).setParameter("by", by).executeUpdate();
        }
        events.publishEvent(new ResultRecorded(tenants.require(), assessment, group, student, score));
        return bySourcedId.isEmpty();
    }

    /** @return true when the category was created, false when replaced */
    @Transactional
    public boolean putCategory(String client, CategoryPut put) {
        caller(client);
        sourcedId(put.sourcedId());
        String title = text("title", put.title(), Assessments.LONGEST_TITLE, true);
        if (put.weight() != null && (put.weight().signum() < 0 || put.weight().compareTo(BigDecimal.valueOf(999)) > 0)) {
            throw new InvalidFieldException("weight", "a weight is a number from 0 to 999");
        }
        int updated = entities.createNativeQuery("UPDATE assessment_category SET title = :title, weight = :weight, "
                        + "status = 'active', updated_at = now() WHERE source_id = :s").setParameter("title", title)
                .setParameter("weight", put.weight()).setParameter("s", put.sourcedId()).executeUpdate();
        if (updated > 0) {
            return false;
        }
        entities.createNativeQuery("INSERT INTO assessment_category (id, source_id, title, weight) "
                        + "VALUES (:id, :s, :title, :weight)").setParameter("id", UUID.randomUUID())
                .setParameter("s", put.sourcedId()).setParameter("title", title).setParameter("weight", put.weight())
                .executeUpdate();
        return true;
    }

    /** Marks the line item and its results to be deleted; false when there is no such active line item. */
    @Transactional
    public boolean deleteLineItem(String client, String sourcedId) {
        caller(client);
        Optional<Tuple> item = row("SELECT id, class_id FROM assessment WHERE source_id = :s AND status = 'active'",
                sourcedId);
        if (item.isEmpty()) {
            return false;
        }
        UUID id = item.get().get(0, UUID.class);
        List<?> students = entities.createNativeQuery("UPDATE assessment_result SET status = 'tobedeleted', "
                        + "updated_at = now() WHERE assessment_id = :a AND status = 'active' RETURNING student_id",
                UUID.class).setParameter("a", id).getResultList();
        entities.createNativeQuery("UPDATE assessment SET status = 'tobedeleted', updated_at = now() WHERE id = :a")
                .setParameter("a", id).executeUpdate();
        students.forEach(student -> events.publishEvent(new ResultRecorded(tenants.require(), id,
                item.get().get(1, UUID.class), (UUID) student, null)));
        return true;
    }

    /** Marks the result to be deleted; false when there is no such active result. */
    @Transactional
    public boolean deleteResult(String client, String sourcedId) {
        caller(client);
        Optional<Tuple> result = row("SELECT r.id, r.assessment_id, a.class_id, r.student_id FROM assessment_result r "
                + "JOIN assessment a ON a.id = r.assessment_id WHERE r.source_id = :s AND r.status = 'active'", sourcedId);
        if (result.isEmpty()) {
            return false;
        }
        entities.createNativeQuery("UPDATE assessment_result SET status = 'tobedeleted', updated_at = now() "
                + "WHERE id = :id").setParameter("id", result.get().get(0, UUID.class)).executeUpdate();
        events.publishEvent(new ResultRecorded(tenants.require(), result.get().get(1, UUID.class),
                result.get().get(2, UUID.class), result.get().get(3, UUID.class), null));
        return true;
    }

    /** Marks the category to be deleted (its line items keep no category); false when there is none active. */
    @Transactional
    public boolean deleteCategory(String client, String sourcedId) {
        caller(client);
        Optional<Tuple> category = row("SELECT id FROM assessment_category WHERE source_id = :s AND status = 'active'",
                sourcedId);
        category.ifPresent(found -> {
            entities.createNativeQuery("UPDATE assessment SET category_id = NULL, updated_at = now() "
                    + "WHERE category_id = :c").setParameter("c", found.get(0, UUID.class)).executeUpdate();
            entities.createNativeQuery("UPDATE assessment_category SET status = 'tobedeleted', updated_at = now() "
                    + "WHERE id = :c").setParameter("c", found.get(0, UUID.class)).executeUpdate();
        });
        return category.isPresent();
    }

    private static Score score(Scale scale, ResultPut put) {
        if (scale.numeric()) {
            if (put.score() != null) {
                return scale.read("score", put.score().stripTrailingZeros().toPlainString());
            }
            return scale.read("score", put.textScore());
        }
        if (put.textScore() == null || put.textScore().isBlank()) {
            throw new InvalidFieldException("textScore", "the line item's scale is " + scale.label()
                    + "; give the result as textScore");
        }
        return scale.read("textScore", put.textScore());
    }

    private Optional<UUID> id(String table, String sourcedId) {
        if (sourcedId == null || sourcedId.isBlank()) {
            return Optional.empty();
        }
        return GroupRoster.first(entities.createNativeQuery("SELECT id FROM " + table
                        + " WHERE source_id = :s AND status = 'active'", UUID.class).setParameter("s", sourcedId))
                .map(UUID.class::cast);
    }

    private Optional<Tuple> row(String sql, String sourcedId) {
        return GroupRoster.first(entities.createNativeQuery(sql, Tuple.class).setParameter("s", sourcedId))
                .map(Tuple.class::cast);
    }

    private static String caller(String client) {
        if (client == null || client.isBlank()) {
            throw new fi.kasvu.platform.audit.AccessRefusedException("only a registered app writes to the gradebook");
        }
        return "oneroster:" + client;
    }

    private static void sourcedId(String sourcedId) {
        if (sourcedId == null || sourcedId.isBlank() || sourcedId.length() > 255) {
            throw new InvalidFieldException("sourcedId", "a sourcedId of 1-255 characters");
        }
    }

    private static String text(String field, String value, int longest, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new InvalidFieldException(field, "is required");
        }
        if (text.length() > longest) {
            throw new InvalidFieldException(field, "at most " + longest + " characters");
        }
        return text.isEmpty() ? null : text;
    }
}
