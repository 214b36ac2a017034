package fi.kasvu.provisioning.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.provisioning.billing.Plan;

/** Checks every field of a sign-up at the edge, and reports all problems at once. */
final class SignupValidation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_STUDENTS = 1_000_000;

    private SignupValidation() {
    }

    /** The accepted sign-up, normalised, with the plan resolved; throws {@link InvalidSignupException}. */
    static AcceptedSignup check(SignupRequest request, List<Plan> plans) {
        if (request == null) {
            throw InvalidSignupException.invalid(List.of(new InvalidSignupException.FieldProblem("body",
                    "Send the sign-up as a JSON object.")));
        }
        var problems = new ArrayList<InvalidSignupException.FieldProblem>();
        String municipality = strip(request.municipality());
        if (municipality.isEmpty()) {
            problems.add(problem("municipality", "Enter the municipality's name."));
        } else if (municipality.length() > 120) {
            problems.add(problem("municipality", "The name can be at most 120 characters long."));
        }
        String businessIdProblem = BusinessId.problemWith(request.businessId());
        if (businessIdProblem != null) {
            problems.add(problem("businessId", businessIdProblem));
        }
        String slug = request.slug() == null || request.slug().isBlank()
                ? TenantId.suggestFor(municipality) : request.slug().strip();
        String slugProblem = TenantId.problemWith(slug);
        if (slugProblem != null) {
            problems.add(problem("slug", slugProblem));
        }
        String adminName = strip(request.adminName());
        if (adminName.isEmpty()) {
            problems.add(problem("adminName", "Enter the name of the municipality's first administrator."));
        } else if (adminName.length() > 120) {
            problems.add(problem("adminName", "The name can be at most 120 characters long."));
        }
        String adminEmail = strip(request.adminEmail()).toLowerCase(java.util.Locale.ROOT);
        if (adminEmail.length() > 254 || !EMAIL.matcher(adminEmail).matches()) {
            problems.add(problem("adminEmail", "Enter the administrator's email address, for example maija.meikalainen@vantaa.fi."));
        }
        Integer students = request.students();
        if (students == null || students < 1 || students > MAX_STUDENTS) {
            problems.add(problem("students", "Enter the expected number of students, a whole number from 1 to "
                    + MAX_STUDENTS + "."));
        }
        String wanted = request.plan() == null ? "" : request.plan().strip();
        Plan plan = plans.stream()
                .filter(p -> wanted.isEmpty() ? p.isDefault() : p.code().equals(wanted))
                .findFirst().orElse(null);
        if (plan == null) {
            problems.add(problem("plan", "There is no plan '" + abbreviate(wanted) + "'; choose one of "
                    + plans.stream().map(Plan::code).toList() + "."));
        }
        if (!problems.isEmpty()) {
            throw InvalidSignupException.invalid(problems);
        }
        return new AcceptedSignup(municipality, request.businessId().strip(), TenantId.of(slug), adminName,
                adminEmail, students, plan.code());
    }

    private static InvalidSignupException.FieldProblem problem(String field, String message) {
        return new InvalidSignupException.FieldProblem(field, message);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** A sign-up that passed every check. */
    record AcceptedSignup(String municipality, String businessId, TenantId slug, String adminName,
                          String adminEmail, int students, String plan) {
    }
}
