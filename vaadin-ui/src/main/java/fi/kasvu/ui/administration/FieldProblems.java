package fi.kasvu.ui.administration;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import fi.kasvu.platform.school.InvalidFieldException;

/**
 * A service's refusal of a form's input, in Finnish, on the field it names. The services speak English (their
 * messages also reach logs and APIs); the common problems have Finnish words here, the rare ones keep the service's.
 */
final class FieldProblems {

    private static final List<Map.Entry<String, String>> FINNISH = List.of(
            Map.entry("a school needs a name", "Kirjoita koulun nimi."),
            Map.entry("there is already a school called", "Kunnassa on jo samanniminen koulu."),
            Map.entry("choose the kind of school", "Valitse koulumuoto."),
            Map.entry("exists already", "Lukuvuosi on jo lisätty."),
            Map.entry("a school year ends between", "Lukuvuoden päättymisvuoden on oltava 2000-2100."),
            Map.entry("a class needs a name", "Kirjoita luokan nimi, esimerkiksi 7B."),
            Map.entry("already has a class called", "Koululla on jo samanniminen ryhmä tänä lukuvuonna."),
            Map.entry("a teaching group needs a subject", "Valitse opetusryhmän oppiaine."),
            Map.entry("choose a school year", "Valitse lukuvuosi."),
            Map.entry("choose a school", "Valitse koulu."),
            Map.entry("choose the school", "Valitse koulu."),
            Map.entry("enter the name", "Kirjoita nimi."),
            Map.entry("enter an address", "Kirjoita sähköpostiosoite muodossa nimi@kunta.fi."),
            Map.entry("another person has this address", "Osoite on jo toisella henkilöllä."),
            Map.entry("another person has this identity code", "Henkilötunnus on jo toisella henkilöllä."),
            Map.entry("check character", "Henkilötunnuksen tarkistusmerkki ei täsmää."),
            Map.entry("has 11 characters", "Henkilötunnuksessa on 11 merkkiä (PPKKVVXNNNT)."),
            Map.entry("is not a date", "Henkilötunnuksen alussa ei ole oikea päivämäärä."),
            Map.entry("century sign", "Henkilötunnuksen 7. merkki on vuosisatamerkki (+, -, A-F tai U-Y)."),
            Map.entry("does not match the date in the identity code", "Syntymäaika ei vastaa henkilötunnusta."),
            Map.entry("cannot be in the future", "Päivämäärä ei voi olla tulevaisuudessa."),
            Map.entry("choose the person's role", "Valitse rooli."),
            Map.entry("enter a number such as", "Kirjoita puhelinnumero muodossa +358 40 123 4567."),
            Map.entry("choose the day the role ends", "Valitse roolin viimeinen päivä."),
            Map.entry("cannot be before the role began", "Rooli ei voi päättyä ennen kuin se on alkanut."),
            Map.entry("choose the role", "Valitse rooli."),
            Map.entry("choose a person", "Valitse henkilö."),
            Map.entry("enter the first day", "Kirjoita ensimmäinen päivä."),
            Map.entry("enter the last day", "Kirjoita viimeinen päivä."),
            Map.entry("the last day cannot come before the first", "Viimeinen päivä ei voi olla ennen ensimmäistä."),
            Map.entry("is in the last grade of basic education",
                    "Luokka on perusopetuksen viimeisellä vuosiluokalla; päätä oppilaiden jäsenyydet siirron sijaan."),
            Map.entry("before moving classes to it", "Lisää ensin seuraava lukuvuosi."),
            Map.entry("choose the classes to move", "Valitse siirrettävät luokat."),
            Map.entry("choose the enrollments to end", "Valitse päätettävät jäsenyydet."),
            Map.entry("begins on", "Jokin valituista jäsenyyksistä alkaa vasta päättymispäivän jälkeen."),
            Map.entry("is in ", "Henkilö on jo tässä ryhmässä."),
            Map.entry("a grading period lies within", "Jakson on oltava lukuvuoden tai lukukauden sisällä."),
            Map.entry("a grading period needs a title", "Kirjoita jakson nimi, esimerkiksi 1. jakso."));

    private FieldProblems() {
    }

    static String finnish(InvalidFieldException problem) {
        return FINNISH.stream().filter(entry -> problem.problem().contains(entry.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(problem.problem());
    }

    /** Marks the named field invalid with the problem, clearing the others; false when the form has no such field. */
    static boolean show(InvalidFieldException problem, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        HasValidation field = fields.get(problem.field());
        if (field == null) {
            return false;
        }
        field.setErrorMessage(finnish(problem));
        field.setInvalid(true);
        return true;
    }
}
