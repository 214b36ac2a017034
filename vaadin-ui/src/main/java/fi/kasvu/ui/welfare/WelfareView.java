package fi.kasvu.ui.welfare;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.kasvu.platform.audit.AccessRefusedException;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.welfare.ConsentSummary;
import fi.kasvu.platform.welfare.CoveredPupil;
import fi.kasvu.platform.welfare.Recipient;
import fi.kasvu.platform.welfare.WelfareGrants;
import fi.kasvu.platform.welfare.WelfareRecordSummary;
import fi.kasvu.platform.welfare.WelfareRegister;
import fi.kasvu.ui.portal.PortalLayout;
import fi.kasvu.ui.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A welfare worker's page: the pupils their grants cover today; for the chosen pupil, the welfare records (opening
 * them is an audited read), a new record, the consents, and the disclosure of a record to a teacher or principal.
 */
@Route(value = WelfareView.ROUTE, layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed("WELFARE")
class WelfareView extends Div implements HasDynamicTitle {

    static final String ROUTE = "oppilashuolto";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Helsinki"));

    private final WelfareRegister register;
    private final Actor actor;
    private final ComboBox<CoveredPupil> pupil = new ComboBox<>();
    private final Div pupilPage = new Div();
    private final Paragraph status = Problems.statusLine("oppilashuolto-tila");

    WelfareView(WelfareGrants grants, WelfareRegister register, CurrentUser currentUser) {
        this.register = register;
        this.actor = currentUser.signedIn().orElseThrow(() -> new IllegalStateException("welfare needs a signed-in "
                + "person")).actor();
        List<CoveredPupil> covered = grants.pupilsCovered(actor);
        pupil.setId("oppilashuolto-oppilas");
        pupil.setLabel(getTranslation("welfare.pupil"));
        pupil.setItems(covered);
        pupil.setItemLabelGenerator(p -> p.name() + (p.schoolName() == null ? "" : ", " + p.schoolName()));
        pupil.setWidth("24em");
        pupil.addValueChangeListener(change -> show());
        add(new H1(getTranslation("welfare.title")), new Paragraph(getTranslation("welfare.intro")),
                covered.isEmpty() ? new Paragraph(getTranslation("welfare.noGrants")) : pupil, status, pupilPage);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("welfare.title");
    }

    private void show() {
        pupilPage.removeAll();
        CoveredPupil chosen = pupil.getValue();
        if (chosen == null) {
            return;
        }
        List<WelfareRecordSummary> records;
        try {
            records = register.records(actor, chosen.id());
        } catch (AccessRefusedException refused) {
            Problems.refused(this, status, refused);
            return;
        }
        pupilPage.add(new H2(chosen.name()));
        var list = new Section(new H3(getTranslation("welfare.records")));
        if (records.isEmpty()) {
            list.add(new Paragraph(getTranslation("welfare.records.none")));
        }
        for (WelfareRecordSummary record : records) {
            var article = new com.vaadin.flow.component.html.Article(new H3(record.title()),
                    new Paragraph(getTranslation("welfare.recordedBy", record.authorName(),
                            getTranslation("welfare.profession." + record.profession().name()),
                            TIME.format(record.recordedAt()))), new Paragraph(record.content()));
            article.addClassName("kasvu-card");
            list.add(article);
        }
        pupilPage.add(list, writeForm(chosen), consents(chosen), disclosure(chosen, records));
    }

    private Section writeForm(CoveredPupil chosen) {
        var title = new TextField(getTranslation("welfare.field.title"));
        title.setId("oppilashuolto-otsikko");
        title.setMaxLength(200);
        var content = new TextArea(getTranslation("welfare.field.content"));
        content.setId("oppilashuolto-sisalto");
        content.setMaxLength(20000);
        var save = new Button(getTranslation("welfare.write"), click -> {
            try {
                register.write(actor, chosen.id(), title.getValue(), content.getValue());
                Problems.done(status, getTranslation("welfare.written"));
                show();
            } catch (InvalidFieldException | AccessRefusedException problem) {
                Problems.refused(this, status, problem);
            }
        });
        save.setId("oppilashuolto-kirjaa");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Section(new H3(getTranslation("welfare.new")), new FormLayout(title, content, save));
    }

    private Section consents(CoveredPupil chosen) {
        var section = new Section(new H3(getTranslation("welfare.consents")));
        List<ConsentSummary> consents = register.consents(actor, chosen.id());
        consents.forEach(consent -> section.add(new Paragraph(consent.purpose() + " (" + consent.givenOn()
                + (consent.withdrawn() ? ", " + getTranslation("welfare.withdrawn") : "") + ")")));
        var givenBy = new ComboBox<Recipient>(getTranslation("welfare.field.givenBy"),
                register.consentGivers(actor, chosen.id()));
        givenBy.setItemLabelGenerator(r -> r.name() + " (" + getTranslation("welfare.role." + r.role()) + ")");
        var purpose = new TextField(getTranslation("welfare.field.purpose"));
        var givenOn = new DatePicker(getTranslation("welfare.field.givenOn"), LocalDate.now());
        var until = new DatePicker(getTranslation("welfare.field.validUntil"));
        var save = new Button(getTranslation("welfare.consent.save"), click -> {
            try {
                register.recordConsent(actor, chosen.id(), givenBy.getValue() == null ? null : givenBy.getValue().id(),
                        purpose.getValue(), null, givenOn.getValue(), until.getValue());
                Problems.done(status, getTranslation("welfare.consent.saved"));
                show();
            } catch (InvalidFieldException | AccessRefusedException problem) {
                Problems.refused(this, status, problem);
            }
        });
        section.add(new FormLayout(givenBy, purpose, givenOn, until, save));
        return section;
    }

    private Section disclosure(CoveredPupil chosen, List<WelfareRecordSummary> records) {
        var section = new Section(new H3(getTranslation("welfare.disclose")));
        var record = new ComboBox<WelfareRecordSummary>(getTranslation("welfare.field.record"), records);
        record.setItemLabelGenerator(WelfareRecordSummary::title);
        var recipient = new ComboBox<Recipient>(getTranslation("welfare.field.recipient"),
                register.recipients(actor, chosen.id()));
        recipient.setItemLabelGenerator(r -> r.name() + " (" + getTranslation("welfare.role." + r.role()) + ")");
        var consent = new ComboBox<ConsentSummary>(getTranslation("welfare.field.consent"),
                register.consents(actor, chosen.id()).stream().filter(c -> !c.withdrawn()).toList());
        consent.setItemLabelGenerator(ConsentSummary::purpose);
        var basis = new TextField(getTranslation("welfare.field.legalBasis"));
        var disclose = new Button(getTranslation("welfare.disclose.save"), click -> {
            try {
                register.disclose(actor, record.getValue() == null ? null : record.getValue().id(),
                        recipient.getValue() == null ? null : recipient.getValue().id(),
                        consent.getValue() == null ? null : consent.getValue().id(), basis.getValue());
                Problems.done(status, getTranslation("welfare.disclosed"));
            } catch (InvalidFieldException | AccessRefusedException problem) {
                Problems.refused(this, status, problem);
            }
        });
        section.add(new Paragraph(getTranslation("welfare.disclose.help")),
                new FormLayout(record, recipient, consent, basis, disclose));
        return section;
    }
}
