package fi.kasvu.ui.attendance;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import fi.kasvu.platform.audit.Actor;
import fi.kasvu.platform.lessons.Holiday;
import fi.kasvu.platform.lessons.NewSlot;
import fi.kasvu.platform.lessons.SchoolHolidays;
import fi.kasvu.platform.lessons.TimetableImport;
import fi.kasvu.platform.lessons.TimetableImportRefused;
import fi.kasvu.platform.lessons.TimetableSlot;
import fi.kasvu.platform.lessons.Timetables;
import fi.kasvu.platform.people.PeopleDirectory;
import fi.kasvu.platform.people.PeopleQuery;
import fi.kasvu.platform.people.PersonSummary;
import fi.kasvu.platform.people.Role;
import fi.kasvu.platform.school.AcademicSessionSummary;
import fi.kasvu.platform.school.ClassDirectory;
import fi.kasvu.platform.school.ClassQuery;
import fi.kasvu.platform.school.ClassSummary;
import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.school.Paging;
import fi.kasvu.platform.school.SchoolCalendar;
import fi.kasvu.platform.school.SchoolDirectory;
import fi.kasvu.platform.school.SchoolSummary;
import fi.kasvu.platform.school.SessionType;

/**
 * The timetables of a school's classes in a school year or term, for a city admin or the school's principal: the
 * chosen class's weekly lessons, one more added or one removed, a whole file imported ({@code TimetableCsv}'s columns),
 * and the holidays. Every change remakes the lessons from today; marked ones stay.
 */
class TimetableAdministration extends Div {

    private final ClassDirectory classes;
    private final PeopleDirectory people;
    private final Timetables timetables;
    private final SchoolHolidays holidays;
    private final Actor actor;
    final Select<SchoolSummary> school = new Select<>();
    final Select<AcademicSessionSummary> session = new Select<>();
    final Select<ClassSummary> group = new Select<>();
    final Grid<TimetableSlot> slots = new Grid<>();
    final Select<DayOfWeek> weekday = new Select<>();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final TextField subject = new TextField();
    final Select<PersonSummary> teacher = new Select<>();
    final TextField room = new TextField();
    final Button add = new Button();
    final Button expand = new Button();
    final UnorderedList importProblems = new UnorderedList();
    final StatusLine status = new StatusLine("lukujarjestys-tila");
    final UnorderedList holidayList = new UnorderedList();
    final TextField holidayName = new TextField();
    final DatePicker holidayFirst = new DatePicker();
    final DatePicker holidayLast = new DatePicker();
    final Checkbox wholeMunicipality = new Checkbox();
    final Button addHoliday = new Button();

    TimetableAdministration(SchoolDirectory schools, SchoolCalendar calendar, ClassDirectory classes,
                            PeopleDirectory people, Timetables timetables, SchoolHolidays holidays, Actor actor) {
        this.classes = classes;
        this.people = people;
        this.timetables = timetables;
        this.holidays = holidays;
        this.actor = actor;
        school.setLabel(getTranslation("attendance.timetable.school"));
        school.setId("lj-koulu");
        school.setItemLabelGenerator(SchoolSummary::name);
        school.setItems(schools.schools(actor, null));
        session.setLabel(getTranslation("attendance.timetable.session"));
        session.setId("lj-jakso");
        session.setItemLabelGenerator(AcademicSessionSummary::title);
        var sessions = new ArrayList<AcademicSessionSummary>();
        calendar.schoolYears(actor).forEach(year -> {
            sessions.add(year);
            calendar.sessionsIn(actor, year.id()).stream().filter(s -> s.type() == SessionType.TERM).forEach(sessions::add);
        });
        session.setItems(sessions);
        group.setLabel(getTranslation("attendance.timetable.class"));
        group.setId("lj-ryhma");
        group.setItemLabelGenerator(ClassSummary::title);
        school.addValueChangeListener(change -> schoolChosen());
        session.addValueChangeListener(change -> schoolChosen());
        group.addValueChangeListener(change -> showSlots());
        slots.setId("lj-tunnit");
        slots.getElement().setAttribute("aria-label", getTranslation("attendance.timetable.slots"));
        slots.addColumn(slot -> getTranslation("attendance.weekday." + slot.weekday().getValue()))
                .setHeader(getTranslation("attendance.timetable.weekday"));
        slots.addColumn(slot -> Texts.time(slot.start()) + "–" + Texts.time(slot.end()))
                .setHeader(getTranslation("attendance.timetable.time"));
        slots.addColumn(TimetableSlot::subjectCode).setHeader(getTranslation("attendance.timetable.subject"));
        slots.addColumn(TimetableSlot::teacherName).setHeader(getTranslation("attendance.timetable.teacher"));
        slots.addColumn(TimetableSlot::room).setHeader(getTranslation("attendance.timetable.room"));
        slots.addComponentColumn(slot -> {
            var remove = new Button(getTranslation("attendance.timetable.remove"), click -> remove(slot));
            remove.getElement().setAttribute("aria-label", getTranslation("attendance.timetable.remove-slot",
                    getTranslation("attendance.weekday." + slot.weekday().getValue()), Texts.time(slot.start())));
            return remove;
        });
        slots.setAllRowsVisible(true);
        expand.setText(getTranslation("attendance.timetable.expand"));
        expand.setId("lj-laajenna");
        expand.addClickListener(click -> expandFromStart());
        importProblems.setId("lj-tuonnin-virheet");
        add(new H1(getTranslation("attendance.timetable.title")), status, new FormLayout(school, session, group),
                new H2(getTranslation("attendance.timetable.slots")), slots, expand,
                new H2(getTranslation("attendance.timetable.add")), slotForm(),
                new H2(getTranslation("attendance.timetable.import")),
                new Paragraph(getTranslation("attendance.timetable.import-help")),
                new TimetableUpload(this::importFile), importProblems,
                new H2(getTranslation("attendance.holidays.title")), holidayList, holidayForm());
        showHolidays();
    }

    private FormLayout slotForm() {
        weekday.setLabel(getTranslation("attendance.timetable.weekday"));
        weekday.setId("lj-viikonpaiva");
        weekday.setItems(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        weekday.setItemLabelGenerator(day -> getTranslation("attendance.weekday." + day.getValue()));
        start.setLabel(getTranslation("attendance.timetable.start"));
        start.setId("lj-alkaa");
        end.setLabel(getTranslation("attendance.timetable.end"));
        end.setId("lj-paattyy");
        subject.setLabel(getTranslation("attendance.timetable.subject"));
        subject.setId("lj-aine");
        subject.setHelperText(getTranslation("attendance.timetable.subject-help"));
        teacher.setLabel(getTranslation("attendance.timetable.teacher"));
        teacher.setId("lj-opettaja");
        teacher.setItemLabelGenerator(person -> person == null ? "" : person.givenName() + " " + person.familyName());
        teacher.setEmptySelectionAllowed(true);
        room.setLabel(getTranslation("attendance.timetable.room"));
        room.setId("lj-luokka");
        add.setText(getTranslation("attendance.timetable.add"));
        add.setId("lj-lisaa");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> fields = Map.of("weekday", weekday, "start", start, "end", end,
                "subjectCode", subject, "teacher", teacher, "room", room, "class", group, "session", session);
        add.addClickListener(click -> {
            try {
                timetables.addSlot(actor, session.getValue() == null ? null : session.getValue().id(), new NewSlot(
                        group.getValue() == null ? null : group.getValue().id(), weekday.getValue(), start.getValue(),
                        end.getValue(), subject.getValue(), teacher.getValue() == null ? null : teacher.getValue().id(),
                        room.getValue()));
                fields.values().forEach(field -> field.setInvalid(false));
                status.done(getTranslation("attendance.timetable.added"));
                showSlots();
            } catch (InvalidFieldException invalid) {
                Texts.showOn(this, invalid, fields);
                status.refused(invalid);
            } catch (RuntimeException refused) {
                status.refused(refused);
            }
        });
        return new FormLayout(weekday, start, end, subject, teacher, room, add);
    }

    private FormLayout holidayForm() {
        holidayName.setLabel(getTranslation("attendance.holidays.name"));
        holidayName.setId("loma-nimi");
        holidayFirst.setLabel(getTranslation("attendance.holidays.first-day"));
        holidayFirst.setId("loma-alkaa");
        holidayLast.setLabel(getTranslation("attendance.holidays.last-day"));
        holidayLast.setId("loma-paattyy");
        wholeMunicipality.setLabel(getTranslation("attendance.holidays.municipality"));
        wholeMunicipality.setId("loma-koko-kunta");
        wholeMunicipality.setVisible(actor.isCityAdmin());
        wholeMunicipality.setValue(actor.isCityAdmin());
        addHoliday.setText(getTranslation("attendance.holidays.add"));
        addHoliday.setId("loma-lisaa");
        Map<String, HasValidation> fields = Map.of("name", holidayName, "firstDay", holidayFirst, "lastDay", holidayLast);
        addHoliday.addClickListener(click -> {
            try {
                holidays.addHoliday(actor, wholeMunicipality.getValue() || school.getValue() == null ? null
                        : school.getValue().id(), holidayName.getValue(), holidayFirst.getValue(), holidayLast.getValue());
                fields.values().forEach(field -> field.setInvalid(false));
                status.done(getTranslation("attendance.holidays.added"));
                showHolidays();
                showSlots();
            } catch (InvalidFieldException invalid) {
                Texts.showOn(this, invalid, fields);
                status.refused(invalid);
            } catch (RuntimeException refused) {
                status.refused(refused);
            }
        });
        return new FormLayout(holidayName, holidayFirst, holidayLast, wholeMunicipality, addHoliday);
    }

    private void schoolChosen() {
        SchoolSummary chosen = school.getValue();
        AcademicSessionSummary in = session.getValue();
        if (chosen == null || in == null) {
            group.setItems(List.of());
            return;
        }
        var year = in.type() == SessionType.SCHOOL_YEAR ? in.id() : in.parentId();
        group.setItems(classes.classes(actor, new ClassQuery(chosen.id(), year, null, null), Paging.first(500)));
        teacher.setItems(people.people(actor, new PeopleQuery(null, Role.TEACHER, chosen.id(), null), Paging.first(500)));
        showHolidays();
        showSlots();
    }

    void showSlots() {
        slots.setItems(group.getValue() == null || session.getValue() == null ? List.of()
                : timetables.timetable(actor, group.getValue().id(), session.getValue().id()));
    }

    private void showHolidays() {
        holidayList.removeAll();
        holidays.holidays(school.getValue() == null ? null : school.getValue().id()).forEach(holiday ->
                holidayList.add(new ListItem(describe(holiday))));
    }

    private String describe(Holiday holiday) {
        return holiday.name() + " " + Texts.date(holiday.firstDay())
                + (holiday.lastDay().equals(holiday.firstDay()) ? "" : "–" + Texts.date(holiday.lastDay()))
                + (holiday.schoolId() == null ? "" : " (" + getTranslation("attendance.holidays.own") + ")");
    }

    private void remove(TimetableSlot slot) {
        try {
            timetables.removeSlot(actor, slot.id());
            status.done(getTranslation("attendance.timetable.removed"));
            showSlots();
        } catch (RuntimeException refused) {
            status.refused(refused);
        }
    }

    private void expandFromStart() {
        try {
            int made = timetables.expandLessons(actor, group.getValue() == null ? null : group.getValue().id(),
                    session.getValue() == null ? null : session.getValue().startDate());
            status.done(getTranslation("attendance.timetable.expanded", made));
        } catch (RuntimeException refused) {
            status.refused(refused);
        }
    }

    /** The file's text imported into the chosen school and session; every problem listed by row and column. */
    void importFile(String text) {
        importProblems.removeAll();
        try {
            TimetableImport imported = timetables.importCsv(actor, school.getValue() == null ? null
                    : school.getValue().id(), session.getValue() == null ? null : session.getValue().id(), text);
            status.done(getTranslation("attendance.timetable.imported", imported.classes(), imported.slots(),
                    imported.lessons()));
            showSlots();
        } catch (TimetableImportRefused refused) {
            status.done(getTranslation("attendance.timetable.import-refused", refused.problems().size()));
            refused.problems().forEach(problem -> importProblems.add(new ListItem(getTranslation(
                    "attendance.timetable.problem", problem.row(), problem.column(),
                    Texts.problem(this, new InvalidFieldException(problem.column(), problem.problem()))))));
        } catch (RuntimeException refused) {
            status.refused(refused);
        }
    }
}
