package fi.kasvu.ui.attendance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import fi.kasvu.platform.attendance.MarkKind;
import fi.kasvu.platform.attendance.RollCall;

/**
 * A lesson's class list with a mark per student, everyone present unless something else is known. Made for the
 * keyboard: in a student's row, a digit 1-6 or the mark's letter (L, M, S, E, U, K in Finnish) sets the mark and moves
 * to the next student; the arrow keys up and down move between students. Each mark is also a labelled select, for a
 * pointer and for screen readers. The sheet only collects; the page saves.
 */
class MarkingSheet extends Div {

    private final List<RollCall.Entry> students;
    final List<Select<MarkKind>> marks = new ArrayList<>();
    private final Map<String, MarkKind> letters = new LinkedHashMap<>();

    MarkingSheet(RollCall rollCall) {
        this.students = rollCall.students();
        addClassName("kasvu-marking");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", getTranslation("attendance.marking.list"));
        for (MarkKind kind : MarkKind.values()) {
            String letter = getTranslation("attendance.key." + kind.name());
            if (letter.length() == 1) {
                letters.put(letter.toLowerCase(Locale.ROOT), kind);
            }
        }
        for (int i = 0; i < students.size(); i++) {
            add(row(i, students.get(i)));
        }
    }

    private Div row(int index, RollCall.Entry student) {
        var select = new Select<MarkKind>();
        select.setId("merkinta-" + index);
        select.setItems(MarkKind.values());
        select.setItemLabelGenerator(kind -> Texts.mark(this, kind));
        select.setValue(student.mark());
        select.setAriaLabel(student.name());
        if (!"MARKED".equals(student.source()) && !"DEFAULT".equals(student.source())) {
            select.setHelperText(getTranslation("attendance.marking.source." + student.source()));
        }
        marks.add(select);
        var name = new Span(student.name());
        name.addClassName("kasvu-marking-name");
        var row = new Div(name, select);
        row.addClassName("kasvu-marking-row");
        row.getElement().setAttribute("role", "listitem");
        for (int digit = 1; digit <= MarkKind.values().length; digit++) {
            String key = String.valueOf(digit);
            Shortcuts.addShortcutListener(row, () -> keyPressed(index, key), Key.of(key)).listenOn(row);
        }
        letters.keySet().forEach(letter -> Shortcuts.addShortcutListener(row, () -> keyPressed(index, letter),
                Key.of(letter)).listenOn(row));
        Shortcuts.addShortcutListener(row, () -> keyPressed(index, "ArrowDown"), Key.ARROW_DOWN).listenOn(row);
        Shortcuts.addShortcutListener(row, () -> keyPressed(index, "ArrowUp"), Key.ARROW_UP).listenOn(row);
        return row;
    }

    /** A key pressed in a student's row: a mark (then on to the next student) or a move. */
    void keyPressed(int row, String key) {
        switch (key) {
            case "ArrowDown" -> focus(row + 1);
            case "ArrowUp" -> focus(row - 1);
            default -> {
                MarkKind kind = kindOf(key);
                if (kind != null) {
                    marks.get(row).setValue(kind);
                    focus(row + 1);
                }
            }
        }
    }

    private MarkKind kindOf(String key) {
        if (key.length() == 1 && Character.isDigit(key.charAt(0))) {
            int digit = key.charAt(0) - '1';
            return digit >= 0 && digit < MarkKind.values().length ? MarkKind.values()[digit] : null;
        }
        return letters.get(key.toLowerCase(Locale.ROOT));
    }

    private void focus(int row) {
        if (row >= 0 && row < marks.size()) {
            marks.get(row).focus();
            focused = row;
        }
    }

    /** The row that has the keyboard, as far as the sheet moved it. */
    int focused = -1;

    /** Every student's mark as chosen. */
    Map<UUID, MarkKind> chosen() {
        var chosen = new LinkedHashMap<UUID, MarkKind>();
        for (int i = 0; i < students.size(); i++) {
            MarkKind value = marks.get(i).getValue();
            chosen.put(students.get(i).studentId(), value == null ? MarkKind.PRESENT : value);
        }
        return chosen;
    }
}
