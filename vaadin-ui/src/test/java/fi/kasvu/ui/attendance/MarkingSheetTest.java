package fi.kasvu.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.attendance.MarkKind;
import fi.kasvu.platform.attendance.RollCall;
import fi.kasvu.platform.lessons.Lesson;
import org.junit.jupiter.api.Test;

/** The marking sheet without Spring: everyone present unless known otherwise, digits mark and move on, arrows move. */
class MarkingSheetTest {

    final UUID aino = UUID.randomUUID();
    final UUID eetu = UUID.randomUUID();
    final UUID helmi = UUID.randomUUID();
    final Lesson lesson = new Lesson(UUID.randomUUID(), UUID.randomUUID(), "8A MA", UUID.randomUUID(),
            LocalDate.of(2026, 10, 7), LocalTime.of(8, 15), LocalTime.of(9, 0), "MA", UUID.randomUUID(),
            "Matti Matikainen", "A101", false);

    @Test
    void aDigitSetsTheMarkAndMovesToTheNextStudentAndTheArrowsMoveBetweenStudents() {
        var sheet = new MarkingSheet(new RollCall(lesson, List.of(
                new RollCall.Entry(aino, "Oppilas Aino", MarkKind.PRESENT, "DEFAULT"),
                new RollCall.Entry(eetu, "Oppilas Eetu", MarkKind.ILLNESS, "REPORT"),
                new RollCall.Entry(helmi, "Virtanen Helmi", MarkKind.PRESENT, "DEFAULT"))));
        assertThat(sheet.marks).extracting(select -> select.getValue())
                .containsExactly(MarkKind.PRESENT, MarkKind.ILLNESS, MarkKind.PRESENT);

        sheet.keyPressed(0, "2");

        assertThat(sheet.marks.getFirst().getValue()).isEqualTo(MarkKind.LATE);
        assertThat(sheet.focused).isEqualTo(1);
        sheet.keyPressed(1, "ArrowDown");
        assertThat(sheet.focused).isEqualTo(2);
        sheet.keyPressed(2, "ArrowDown");
        assertThat(sheet.focused).as("no student below the last").isEqualTo(2);
        sheet.keyPressed(2, "4");
        sheet.keyPressed(2, "9");
        sheet.keyPressed(2, "ArrowUp");
        assertThat(sheet.focused).isEqualTo(1);

        assertThat(sheet.chosen()).isEqualTo(Map.of(aino, MarkKind.LATE, eetu, MarkKind.ILLNESS,
                helmi, MarkKind.ABSENT_UNEXPLAINED));
        assertThat(sheet.marks.get(1).getAriaLabel()).contains("Oppilas Eetu");
    }
}
