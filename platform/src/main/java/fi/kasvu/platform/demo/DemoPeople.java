package fi.kasvu.platform.demo;

import java.util.List;

/**
 * The people of the demo municipality who get a demo login (the embedded default's identity side makes them), found
 * by their e-mail addresses, which {@link DemoSchoolStructure} gives them. The student is over 12, so signs in
 * themself; the guardian has three children in three classes of two schools, the student among them.
 */
public final class DemoPeople {

    /** A person to sign in as: their address, name, the realm role of the portal they see. */
    public record Login(String email, String givenName, String familyName, String role) {
    }

    public static final Login TEACHER = new Login("matti.matikainen@vantaa.localhost", "Matti", "Matikainen", "teacher");
    public static final Login PRINCIPAL = new Login("riikka.rehtori@vantaa.localhost", "Riikka", "Rehtori", "principal");
    public static final Login GUARDIAN = new Login("hanna.virtanen@vantaa.localhost", "Hanna", "Virtanen", "guardian");
    public static final Login STUDENT = new Login("eetu.virtanen@vantaa.localhost", "Eetu", "Virtanen", "student");

    /** The curator of the wellbeing services county whom the welfare demo grants Hakunila's pupils. */
    public static final Login WELFARE = new Login("kaisa.kuraattori@vantaa.localhost", "Kaisa", "Kuraattori", "welfare");
    /** The head of education (sivistysjohtaja): dashboards only; her person is made when her login is linked. */
    public static final Login GOVERNANCE = new Login("sirpa.sivistysjohtaja@vantaa.localhost", "Sirpa",
            "Sivistysjohtaja", "governance");

    public static final List<Login> LOGINS = List.of(TEACHER, PRINCIPAL, GUARDIAN, STUDENT, WELFARE, GOVERNANCE);

    private DemoPeople() {
    }
}
