package fi.kasvu.ui.administration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Dates as Finns write them (1.8.2025), in grids and in date pickers with Finnish month and day names. */
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
        picker.setLocale(FINNISH);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(List.of("tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu",
                        "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"))
                .setWeekdays(List.of("sunnuntai", "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai",
                        "lauantai"))
                .setWeekdaysShort(List.of("su", "ma", "ti", "ke", "to", "pe", "la"))
                .setFirstDayOfWeek(1)
                .setToday("Tänään")
                .setCancel("Peruuta")
                .setDateFormat("d.M.yyyy"));
        return picker;
    }
}
