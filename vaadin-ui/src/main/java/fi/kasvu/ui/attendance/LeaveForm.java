package fi.kasvu.ui.attendance;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import fi.kasvu.platform.attendance.NewLeaveApplication;
import fi.kasvu.platform.school.InvalidFieldException;

/** A guardian's leave application (lupa-anomus): the days and why. */
class LeaveForm extends FormLayout {

    final DatePicker firstDay = new DatePicker();
    final DatePicker lastDay = new DatePicker();
    final TextArea reason = new TextArea();
    final Button send = new Button();
    private final Map<String, HasValidation> fields;
    private UUID student;

    LeaveForm(Consumer<NewLeaveApplication> sent) {
        firstDay.setLabel(getTranslation("attendance.leave.first-day"));
        firstDay.setId("lupa-alkaa");
        lastDay.setLabel(getTranslation("attendance.leave.last-day"));
        lastDay.setId("lupa-paattyy");
        reason.setLabel(getTranslation("attendance.leave.reason"));
        reason.setId("lupa-syy");
        reason.setMaxLength(500);
        reason.setRequiredIndicatorVisible(true);
        send.setText(getTranslation("attendance.leave.send"));
        send.setId("lupa-laheta");
        fields = Map.of("firstDay", firstDay, "lastDay", lastDay, "reason", reason);
        send.addClickListener(click -> sent.accept(new NewLeaveApplication(student, firstDay.getValue(),
                lastDay.getValue(), reason.getValue())));
        add(firstDay, lastDay, reason, send);
    }

    void forStudent(UUID chosen) {
        student = chosen;
    }

    boolean showProblem(InvalidFieldException invalid) {
        return Texts.showOn(this, invalid, fields);
    }

    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        firstDay.clear();
        lastDay.clear();
        reason.clear();
    }
}
