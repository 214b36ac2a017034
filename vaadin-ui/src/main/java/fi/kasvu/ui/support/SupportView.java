package fi.kasvu.ui.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.Subject;
import fi.kasvu.platform.support.DecisionParts;
import fi.kasvu.platform.support.EvidenceSection;
import fi.kasvu.platform.support.GroupSupportSummary;
import fi.kasvu.platform.support.LegacyDocument;
import fi.kasvu.platform.support.LegacySupportRecords;
import fi.kasvu.platform.support.LegacySupportSummary;
import fi.kasvu.platform.support.MissingPartsException;
import fi.kasvu.platform.support.PupilChoice;
import fi.kasvu.platform.support.ReviewOutcome;
import fi.kasvu.platform.support.SupportDecisionSummary;
import fi.kasvu.platform.support.SupportDecisions;
import fi.kasvu.platform.support.SupportDocument;
import fi.kasvu.platform.support.SupportDocuments;
import fi.kasvu.platform.support.SupportDraft;
import fi.kasvu.platform.support.SupportMeasure;
import fi.kasvu.platform.support.SupportRoster;
import fi.kasvu.platform.support.SupportStage;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A pupil's single support document, for the pupil's teachers, the school's special-needs teachers and its principal:
 * the decisions on student-specific support with their stage and reviews, the group support in the pupil's groups and
 * the records from before 1.8.2025 in their own form. Teachers draft a decision (Kasvu quotes what it knows of the
 * pupil), the principal decides it; each opening of a pupil's document is an audited read.
 */
@Route(value = SupportView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed({"TEACHER", "SPECIAL_NEEDS_TEACHER", "PRINCIPAL"})
class SupportView extends Div implements HasDynamicTitle {

    static final String ROUTE = "tuki";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final SupportDocuments documents;
    private final SupportDecisions decisions;
    private final LegacySupportRecords legacy;
    private final Actor actor;
    private final List<Subject> subjects;
    private final ComboBox<PupilChoice> pupil = new ComboBox<>();
    private final Div document = new Div();
    private final Paragraph status = new Paragraph();

    SupportView(SupportRoster roster, SupportDocuments documents, SupportDecisions decisions,
                LegacySupportRecords legacy, ClassDirectory classes, CurrentUser currentUser) {
        this.legacy = legacy;
        this.documents = documents;
        this.decisions = decisions;
        this.actor = currentUser.signedIn().orElseThrow(() -> new IllegalStateException("support needs a signed-in "
                + "person")).actor();
        this.subjects = classes.subjects();
        status.setId("tuki-tila");
        status.getElement().setAttribute("role", "status");
        pupil.setId("tuki-oppilas");
        pupil.setLabel(getTranslation("support.pupil"));
        pupil.setItems(roster.pupils(actor));
        pupil.setItemLabelGenerator(choice -> choice.className() == null ? choice.name()
                : choice.name() + " (" + choice.className() + ")");
        pupil.setWidth("24em");
        pupil.addValueChangeListener(change -> show());
        document.setId("tuki-asiakirja");
        add(new H1(getTranslation("support.title")), new Paragraph(getTranslation("support.intro")), pupil, status,
                document);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.title");
    }

    private void show() {
        document.removeAll();
        PupilChoice chosen = pupil.getValue();
        if (chosen == null) {
            return;
        }
        SupportDocument read;
        try {
            read = documents.of(actor, chosen.id());
        } catch (AccessRefusedException refused) {
            refused(refused);
            return;
        }
        document.add(new H2(getTranslation("support.document", chosen.name())));
        document.add(section("decisions", getTranslation("support.decisions"),
                read.decisions().isEmpty() ? List.of(new Paragraph(getTranslation("support.decisions.none")))
                        : read.decisions().stream().map(this::decision).toList()));
        document.add(draftForm(chosen));
        document.add(section("group", getTranslation("support.group"), read.groupSupport().isEmpty()
                ? List.of(new Paragraph(getTranslation("support.group.none")))
                : List.of(list(read.groupSupport().stream().map(this::groupLine).toList()))));
        var before = new java.util.ArrayList<Component>(read.before2025().stream().map(this::legacy).toList());
        if (before.isEmpty()) {
            before.add(new Paragraph(getTranslation("support.before2025.none")));
        }
        if (actor.hasRole(Actor.PRINCIPAL)) {
            before.add(legacyForm(chosen));
        }
        document.add(section("before2025", getTranslation("support.before2025"), before));
    }

    private Component decision(SupportDecisionSummary decision) {
        var card = new Section();
        card.addClassName("kasvu-card");
        card.add(new H4(getTranslation("support.stage." + decision.stage().name()) + " – "
                + decision.measures().stream().map(m -> getTranslation("support.measure." + m.name()))
                .collect(Collectors.joining(", "))));
        var facts = new UnorderedList();
        fact(facts, "support.subjects", decision.subjects().stream().map(this::subjectName)
                .collect(Collectors.joining(", ")));
        fact(facts, "support.needAssessment", decision.needAssessment());
        fact(facts, "support.goals", decision.goals());
        fact(facts, "support.arrangements", decision.arrangements());
        fact(facts, "support.grounds", decision.grounds());
        fact(facts, "support.hearingDate", date(decision.hearingDate()));
        fact(facts, "support.startDate", date(decision.startDate()));
        fact(facts, "support.reviewBy", date(decision.reviewBy()));
        fact(facts, "support.decidedBy", decision.decidedBy());
        fact(facts, "support.endedOn", date(decision.endedOn()));
        card.add(facts);
        for (EvidenceSection evidence : decision.evidence()) {
            card.add(new H4(getTranslation("support.evidence", getTranslation("support.source." + evidence.source()))),
                    list(evidence.facts().stream().map(fact -> new ListItem(fact(fact))).toList()));
        }
        if (!decision.reviews().isEmpty()) {
            card.add(new H4(getTranslation("support.reviews")), list(decision.reviews().stream()
                    .map(review -> new ListItem(date(review.reviewedOn()) + " " + getTranslation("support.outcome."
                            + review.outcome().name()) + ": " + review.notes())).toList()));
        }
        if (decision.stage() == SupportStage.DRAFTED && actor.hasRole(Actor.PRINCIPAL)) {
            card.add(decideForm(decision));
        }
        if (decision.stage() == SupportStage.IN_FORCE || decision.stage() == SupportStage.REVIEWED
                || decision.stage() == SupportStage.DECIDED) {
            card.add(reviewForm(decision));
        }
        return card;
    }

    /**
     * A principal keeps a document of the three-tier support from the previous system: its kind, its dates and its
     * sections, each a heading line ending in a colon followed by its text, kept in the order written.
     */
    private Component legacyForm(PupilChoice chosen) {
        var kind = new ComboBox<LegacyDocument>(getTranslation("support.legacy.document"), LegacyDocument.values());
        kind.setId("tuki-aiempi-asiakirja");
        kind.setItemLabelGenerator(d -> getTranslation("support.legacy." + d.name()));
        var from = picker("tuki-aiempi-alkaen", "support.legacy.validFrom");
        var until = picker("tuki-aiempi-asti", "support.legacy.validUntil");
        var text = area("tuki-aiempi-teksti", "support.legacy.sections");
        text.setHelperText(getTranslation("support.legacy.sections.help"));
        var keep = new Button(getTranslation("support.legacy.keep"), click -> {
            try {
                legacy.keep(actor, chosen.id(), kind.getValue(), from.getValue(), until.getValue(),
                        sections(text.getValue()));
                done(getTranslation("support.legacy.kept"));
                show();
            } catch (InvalidFieldException | AccessRefusedException problem) {
                refused(problem);
            }
        });
        keep.setId("tuki-aiempi-tallenna");
        return new Details(getTranslation("support.legacy.add"), new FormLayout(kind, from, until, text, keep));
    }

    /** "Heading:" lines start sections; the lines after one are its text. Text before any heading is refused. */
    static java.util.LinkedHashMap<String, String> sections(String text) {
        var sections = new java.util.LinkedHashMap<String, String>();
        String heading = null;
        var body = new StringBuilder();
        for (String line : (text == null ? "" : text).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.endsWith(":") && trimmed.length() > 1 && trimmed.length() <= 200) {
                if (heading != null) {
                    sections.put(heading, body.toString().strip());
                }
                heading = trimmed.substring(0, trimmed.length() - 1).strip();
                body.setLength(0);
            } else if (!trimmed.isEmpty()) {
                if (heading == null) {
                    throw new InvalidFieldException("sections", "start each section with its heading and a colon");
                }
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.put(heading, body.toString().strip());
        }
        return sections;
    }

    private Component draftForm(PupilChoice chosen) {
        var measures = new CheckboxGroup<SupportMeasure>(getTranslation("support.measures"));
        measures.setId("tuki-toimet");
        measures.setItems(SupportMeasure.values());
        measures.setItemLabelGenerator(m -> getTranslation("support.measure." + m.name()));
        var subjectCodes = new MultiSelectComboBox<String>(getTranslation("support.subjects"));
        subjectCodes.setId("tuki-aineet");
        subjectCodes.setItems(subjects.stream().map(Subject::code).toList());
        subjectCodes.setItemLabelGenerator(this::subjectName);
        var need = area("tuki-tarve", "support.needAssessment");
        var goals = area("tuki-tavoitteet", "support.goals");
        var arrangements = area("tuki-jarjestelyt", "support.arrangements");
        var save = new Button(getTranslation("support.draft.save"), click -> {
            try {
                decisions.draft(actor, chosen.id(), new SupportDraft(measures.getValue(), subjectCodes.getValue(),
                        need.getValue(), goals.getValue(), arrangements.getValue()));
                done(getTranslation("support.draft.saved"));
                show();
            } catch (InvalidFieldException | AccessRefusedException problem) {
                refused(problem);
            }
        });
        save.setId("tuki-luonnos-tallenna");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(measures, subjectCodes, need, goals, arrangements, save);
        return section("draft", getTranslation("support.draft"), List.of(new Paragraph(getTranslation(
                "support.draft.help")), form));
    }

    private Component decideForm(SupportDecisionSummary decision) {
        var hearing = picker("tuki-kuultu", "support.hearingDate");
        var notes = area("tuki-kuulemisen-muistio", "support.hearingNotes");
        var grounds = area("tuki-perustelut", "support.grounds");
        var start = picker("tuki-alkaa", "support.startDate");
        var review = picker("tuki-tarkistus", "support.reviewBy");
        var appeal = area("tuki-oikaisu", "support.appealInstructions");
        appeal.setValue(getTranslation("support.appealInstructions.default"));
        var decide = new Button(getTranslation("support.decide"), click -> {
            try {
                decisions.decide(actor, decision.id(), new DecisionParts(hearing.getValue(), notes.getValue(),
                        grounds.getValue(), start.getValue(), review.getValue(), appeal.getValue()));
                done(getTranslation("support.decided"));
                show();
            } catch (InvalidFieldException | AccessRefusedException problem) {
                refused(problem);
            }
        });
        decide.setId("tuki-paata");
        decide.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new FormLayout(hearing, notes, grounds, start, review, appeal, decide);
    }

    private Component reviewForm(SupportDecisionSummary decision) {
        var on = picker("tuki-tarkistettu", "support.reviewedOn");
        on.setValue(LocalDate.now());
        var outcome = new RadioButtonGroup<ReviewOutcome>(getTranslation("support.outcome"));
        outcome.setItems(ReviewOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("support.outcome." + o.name()));
        var notes = area("tuki-tarkistus-muistio", "support.reviewNotes");
        var next = picker("tuki-seuraava", "support.nextReview");
        var record = new Button(getTranslation("support.review.save"), click -> {
            try {
                decisions.review(actor, decision.id(), on.getValue(), outcome.getValue(), notes.getValue(),
                        next.getValue());
                done(getTranslation("support.reviewed"));
                show();
            } catch (InvalidFieldException | AccessRefusedException problem) {
                refused(problem);
            }
        });
        return new Div(new H4(getTranslation("support.review")), new FormLayout(on, outcome, notes, next, record));
    }

    private Component legacy(LegacySupportSummary record) {
        var card = new Section(new H4(getTranslation("support.legacy." + record.document().name()) + " ("
                + date(record.validFrom()) + "–" + date(record.validUntil()) + ")"));
        record.sections().forEach((title, text) -> card.add(new H4(title), new Paragraph(text)));
        return card;
    }

    private ListItem groupLine(GroupSupportSummary group) {
        return new ListItem(group.classTitle() + ": " + getTranslation("support.form." + group.form().name()) + " – "
                + group.description() + " (" + date(group.startDate()) + "–" + date(group.endDate()) + ")");
    }

    private Section section(String id, String heading, List<? extends Component> content) {
        var title = new H3(heading);
        title.setId("tuki-" + id + "-otsikko");
        var section = new Section(title);
        section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        content.forEach(section::add);
        return section;
    }

    private void fact(UnorderedList facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new ListItem(getTranslation(key) + ": " + value));
        }
    }

    private static UnorderedList list(List<ListItem> items) {
        var list = new UnorderedList();
        items.forEach(list::add);
        return list;
    }

    private TextArea area(String id, String key) {
        var area = new TextArea(getTranslation(key));
        area.setId(id);
        area.setMaxLength(8000);
        return area;
    }

    private DatePicker picker(String id, String key) {
        var picker = new DatePicker(getTranslation(key));
        picker.setId(id);
        picker.setLocale(getLocale());
        return picker;
    }

    private String subjectName(String code) {
        return subjects.stream().filter(s -> s.code().equals(code)).findFirst()
                .map(s -> s.code() + " " + s.nameFi()).orElse(code);
    }

    /** A quoted fact in the reader's words: Kasvu's names (stages, measures, forms, indicators) translated, dates as Finns write them. */
    private String fact(EvidenceSection.Fact fact) {
        List<String> v = fact.values();
        Object[] words = switch (fact.key()) {
            case "decision" -> new Object[] {getTranslation("support.stage." + v.get(0)),
                    java.util.Arrays.stream(v.get(1).split(",")).filter(m -> !m.isBlank())
                            .map(m -> getTranslation("support.measure." + m)).collect(Collectors.joining(", ")),
                    isoDate(v.get(2)), isoDate(v.get(3))};
            case "groupSupport" -> new Object[] {v.get(0), getTranslation("support.form." + v.get(1)), isoDate(v.get(2))};
            case "openAlert" -> new Object[] {getTranslation("support.indicator." + v.get(0)), v.get(1)};
            default -> v.toArray();
        };
        return getTranslation("support.fact." + fact.key(), words);
    }

    private static String isoDate(String value) {
        try {
            return value == null || value.isBlank() || value.equals("null") ? "" : DATE.format(LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException notADate) {
            return value;
        }
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private void done(String text) {
        status.setClassName("kasvu-status");
        status.setText(text);
    }

    private void refused(RuntimeException problem) {
        status.setClassName("kasvu-problem");
        status.setText(switch (problem) {
            case MissingPartsException missing -> getTranslation("support.missing", missing.parts().stream()
                    .map(part -> getTranslation("support." + part)).collect(Collectors.joining(", ")));
            case InvalidFieldException invalid -> getTranslation("support.invalid",
                    getTranslation(Map.of("decision", "support.decision", "document", "support.legacy.document",
                            "validFrom", "support.legacy.validFrom", "validUntil", "support.legacy.validUntil")
                            .getOrDefault(invalid.field(),
                            "support." + invalid.field())), invalid.problem());
            case AccessRefusedException refused -> getTranslation("support.refused");
            default -> getTranslation("support.failed");
        });
    }
}
