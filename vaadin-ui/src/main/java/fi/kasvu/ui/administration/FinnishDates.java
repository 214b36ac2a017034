package fi.kasvu.ui.administration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Dates as they are written in Finland (1.8.2025), in grids and in date pickers with month and day names in the page's language. */
final class FinnishDates {

    static final Locale FINNISH = Locale.of("fi", "FI");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d.M.yyyy");

    private FinnishDates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : FORMAT.format(date);
    }

    static DatePicker picker(String label, String id) {
        var picker = new DatePicker(label);
        picker.setId(id);
        Locale language = fi.kasvu.ui.i18n.Translations.supported(picker.getLocale());
        picker.setLocale(Locale.of(language.getLanguage(), "FI"));
        var days = java.util.stream.Stream.of(java.time.DayOfWeek.SUNDAY, java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.THURSDAY,
                java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.SATURDAY).toList();
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(java.util.Arrays.stream(java.time.Month.values())
                        .map(month -> month.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, language)).toList())
                .setWeekdays(days.stream()
                        .map(day -> day.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, language)).toList())
                .setWeekdaysShort(days.stream()
                        .map(day -> day.getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, language)).toList())
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("administration.date.today"))
                .setCancel(picker.getTranslation("common.cancel"))
                .setDateFormat("d.M.yyyy"));
        return picker;
    }
}
