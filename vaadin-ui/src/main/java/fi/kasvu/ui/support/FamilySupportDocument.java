package fi.kasvu.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fi.kasvu.platform.support.GroupSupportSummary;
import fi.kasvu.platform.support.LegacySupportSummary;
import fi.kasvu.platform.support.ReviewOutcome;
import fi.kasvu.platform.support.SupportDecisionSummary;
import fi.kasvu.platform.support.SupportDocument;
import fi.kasvu.platform.support.SupportReviewSummary;
import fi.kasvu.platform.support.SupportStage;
import fi.kasvu.platform.school.Subject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The family's view of a support document, read only, in plain words: the decisions in force (or made and starting
 * later), the ended ones, the support in the pupil's groups and the records from before 1.8.2025. Dates as Finns write
 * them (1.8.2025) in every language, as elsewhere in Kasvu.
 */
class FamilySupportDocument extends Div {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final List<Subject> subjects;
    private final ZoneId zone;
    private final Locale language;

    FamilySupportDocument(SupportDocument document, List<Subject> subjects, ZoneId zone, Locale language) {
        this.subjects = subjects;
        this.zone = zone;
        this.language = language;
        setId("oma-tuki-asiakirja");
        add(new Paragraph(getTranslation("support.family.drafts")));
        List<SupportDecisionSummary> current = document.decisions().stream()
                .filter(d -> d.stage() != SupportStage.ENDED).toList();
        List<SupportDecisionSummary> ended = document.decisions().stream()
                .filter(d -> d.stage() == SupportStage.ENDED).toList();
        var decisions = section("voimassa", "support.family.current",
                new Paragraph(getTranslation("support.family.current.help")));
        if (current.isEmpty()) {
            decisions.add(new Paragraph(getTranslation("support.family.current.none")));
        }
        current.forEach(d -> decisions.add(decision(d)));
        add(decisions);
        if (!ended.isEmpty()) {
            var past = section("paattyneet", "support.family.ended");
            ended.forEach(d -> past.add(decision(d)));
            add(past);
        }
        var groups = section("ryhmat", "support.family.group", new Paragraph(getTranslation("support.family.group.help")));
        groups.add(document.groupSupport().isEmpty() ? new Paragraph(getTranslation("support.family.group.none"))
                : list(document.groupSupport().stream().map(this::group).toList()));
        add(groups);
        var before = section("ennen-2025", "support.family.before2025",
                new Paragraph(getTranslation("support.family.before2025.help")));
        if (document.before2025().isEmpty()) {
            before.add(new Paragraph(getTranslation("support.family.before2025.none")));
        }
        document.before2025().forEach(record -> before.add(legacy(record)));
        add(before);
    }

    private Section decision(SupportDecisionSummary d) {
        var heading = new H3(getTranslation("support.family.decision." + d.stage().name(),
                date(d.stage() == SupportStage.ENDED ? d.endedOn() : d.startDate())));
        heading.setId("oma-tuki-paatos-" + d.id());
        var card = new Section(heading);
        card.addClassName("kasvu-card");
        card.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        var facts = new DescriptionList();
        fact(facts, "support.family.measures", list(d.measures().stream()
                .map(m -> new ListItem(getTranslation("support.family.measure." + m.name()))).toList()));
        if (!d.subjects().isEmpty()) {
            fact(facts, "support.family.subjects", text(d.subjects().stream().map(this::subject)
                    .collect(Collectors.joining(", "))));
        }
        if (d.stage() == SupportStage.ENDED) {
            fact(facts, "support.family.period", text(getTranslation("support.family.period.closed",
                    date(d.startDate()), date(d.endedOn()))));
        } else {
            fact(facts, "support.family.reviewBy", text(date(d.reviewBy())));
        }
        fact(facts, "support.family.needAssessment", text(d.needAssessment()));
        fact(facts, "support.family.goals", text(d.goals()));
        fact(facts, "support.family.arrangements", text(d.arrangements()));
        fact(facts, "support.family.grounds", text(d.grounds()));
        fact(facts, "support.family.hearing", text(date(d.hearingDate())));
        fact(facts, "support.family.hearingNotes", text(d.hearingNotes()));
        fact(facts, "support.family.decided", text(getTranslation("support.family.decided.value", d.decidedBy(),
                d.decidedAt() == null ? "" : date(d.decidedAt().atZone(zone).toLocalDate()))));
        if (d.stage() == SupportStage.ENDED) {
            fact(facts, "support.family.endReason", text(endReason(d)));
        }
        card.add(facts);
        if (!d.reviews().isEmpty()) {
            card.add(new H4(getTranslation("support.family.reviews")),
                    list(d.reviews().stream().map(this::review).toList()));
        }
        if (d.appealInstructions() != null) {
            var appeal = new Details(getTranslation("support.family.appeal"), text(d.appealInstructions()));
            appeal.setId("oma-tuki-oikaisu-" + d.id());
            card.add(appeal);
        }
        return card;
    }

    /** The principal's reason; a review that ended the measures speaks for itself (its own words are the staff's). */
    private String endReason(SupportDecisionSummary d) {
        return d.reviews().stream().filter(r -> r.outcome() == ReviewOutcome.END).reduce((first, last) -> last)
                .map(r -> getTranslation("support.family.endedByReview", date(r.reviewedOn())))
                .orElse(d.endReason());
    }

    private ListItem review(SupportReviewSummary r) {
        String text = date(r.reviewedOn()) + ": " + getTranslation("support.family.outcome." + r.outcome().name())
                + ". " + (r.notes() == null ? "" : r.notes().strip());
        if (r.nextReview() != null) {
            text += " " + getTranslation("support.family.nextReview", date(r.nextReview()));
        }
        var item = new ListItem(text);
        item.getStyle().set("white-space", "pre-line");
        return item;
    }

    private ListItem group(GroupSupportSummary g) {
        String when = g.endDate() == null ? getTranslation("support.family.period.open", date(g.startDate()))
                : getTranslation("support.family.period.closed", date(g.startDate()), date(g.endDate()));
        return new ListItem(getTranslation("support.family.group.line", g.classTitle(),
                getTranslation("support.form." + g.form().name()), g.description(), when));
    }

    private Section legacy(LegacySupportSummary record) {
        var heading = new H3(getTranslation("support.family.legacy.title",
                getTranslation("support.legacy." + record.document().name()),
                getTranslation("support.family.tier." + record.tier().name()),
                record.validUntil() == null ? getTranslation("support.family.period.open", date(record.validFrom()))
                        : getTranslation("support.family.period.closed", date(record.validFrom()),
                        date(record.validUntil()))));
        heading.setId("oma-tuki-aiempi-" + record.id());
        var card = new Section(heading);
        card.addClassName("kasvu-card");
        card.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        record.sections().forEach((title, body) -> card.add(new H4(title), text(body)));
        return card;
    }

    private Section section(String id, String headingKey, Component... content) {
        var heading = new H2(getTranslation(headingKey));
        heading.setId("oma-tuki-" + id);
        var section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(content);
        return section;
    }

    private void fact(DescriptionList facts, String key, Component value) {
        if (value instanceof Paragraph p && (p.getText() == null || p.getText().isBlank())) {
            return;
        }
        var term = new DescriptionList.Term(getTranslation(key));
        term.getStyle().set("font-weight", "600").set("margin-top", "var(--lumo-space-s)");
        facts.add(term, new DescriptionList.Description(value));
    }

    /** Text as written, its line breaks kept. */
    private static Paragraph text(String value) {
        var paragraph = new Paragraph(value == null ? "" : value.strip());
        paragraph.getStyle().set("white-space", "pre-line").set("margin", "0");
        return paragraph;
    }

    private static UnorderedList list(List<ListItem> items) {
        var list = new UnorderedList();
        items.forEach(list::add);
        return list;
    }

    private String subject(String code) {
        return subjects.stream().filter(s -> s.code().equals(code)).findFirst().map(s -> s.name(language))
                .orElse(code);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
