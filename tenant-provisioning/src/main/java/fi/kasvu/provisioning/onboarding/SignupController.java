package fi.kasvu.provisioning.onboarding;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import fi.kasvu.platform.tenancy.TenantContext;
import fi.kasvu.platform.tenancy.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public sign-up API, on the platform host only. */
@RestController
class SignupController {

    private final Onboarding onboarding;
    private final TenantContext tenantContext;

    SignupController(Onboarding onboarding, TenantContext tenantContext) {
        this.onboarding = onboarding;
        this.tenantContext = tenantContext;
    }

    @PostMapping("/api/signup")
    ResponseEntity<SignupStatus> signUp(@RequestBody(required = false) SignupRequest request) {
        onThePlatformHost();
        UUID id = onboarding.signUp(request);
        return ResponseEntity.accepted().location(URI.create("/api/signup/" + id)).body(onboarding.status(id));
    }

    @GetMapping("/api/signup/{id}")
    SignupStatus status(@PathVariable UUID id) {
        onThePlatformHost();
        return onboarding.status(id);
    }

    /** The address a municipality's name suggests, and whether it can be used as it is. */
    @GetMapping("/api/signup/slug-suggestion")
    Map<String, Object> suggestSlug(@RequestParam String municipality) {
        onThePlatformHost();
        String slug = TenantId.suggestFor(municipality);
        String problem = TenantId.problemWith(slug);
        return problem == null ? Map.of("slug", slug) : Map.of("slug", slug, "problem", problem);
    }

    @ExceptionHandler(InvalidSignupException.class)
    ProblemDetail invalid(InvalidSignupException e) {
        var problem = ProblemDetail.forStatusAndDetail(e.isConflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST,
                e.problems().size() == 1 ? e.problems().get(0).message()
                        : e.problems().size() + " fields need attention.");
        problem.setTitle(e.isConflict() ? "Already signed up" : "Invalid sign-up");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(Onboarding.UnknownSignupException.class)
    ProblemDetail unknown(Onboarding.UnknownSignupException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown sign-up");
        return problem;
    }

    /** A body that is no JSON object, or a value of the wrong type, named by its field where it can be. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = e.getMostSpecificCause() instanceof JacksonException jackson ? jackson.getPath().stream()
                .map(JacksonException.Reference::getPropertyName).filter(java.util.Objects::nonNull)
                .reduce((a, b) -> a + "." + b).orElse("body") : "body";
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                field.equals("body") ? "Send the sign-up as a JSON object." : "'" + field + "' has a value of the wrong type.");
        problem.setTitle("Invalid sign-up");
        problem.setProperty("errors", java.util.List.of(new InvalidSignupException.FieldProblem(field,
                field.equals("body") ? "Send the sign-up as a JSON object." : "This value has the wrong type.")));
        return problem;
    }

    private void onThePlatformHost() {
        tenantContext.requirePlatformHost();
    }
}
