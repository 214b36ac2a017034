package fi.kasvu.ui.console;

import java.util.List;

import fi.kasvu.platform.tenancy.TenantId;
import fi.kasvu.platform.tenancy.TenantRegistry;
import fi.kasvu.provisioning.onboarding.SignupStatus;
import fi.kasvu.provisioning.onboarding.TenantOperations;
import fi.kasvu.ui.security.CurrentUser;
import fi.kasvu.ui.security.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's actions for operators' scripts, with a bearer token of the operators' realm on the platform host
 * (the security configuration lets nobody else in). Every action is written to the operator audit with the token's
 * username.
 */
@RestController
@RequestMapping("/api/operator")
class OperatorController {

    private final TenantOperations operations;
    private final TenantRegistry registry;
    private final CurrentUser currentUser;

    OperatorController(TenantOperations operations, TenantRegistry registry, CurrentUser currentUser) {
        this.operations = operations;
        this.registry = registry;
        this.currentUser = currentUser;
    }

    @GetMapping("/tenants")
    List<TenantRow> tenants() {
        return operations.overview().stream().map(overview -> new TenantRow(overview.tenant().slug(),
                overview.tenant().displayName(), overview.tenant().status().name(), overview.tenant().cluster(),
                overview.tenant().schemaVersion(), overview.signup().map(SignupStatus::status).orElse(null),
                overview.signup().map(SignupStatus::steps).orElse(List.of()))).toList();
    }

    @PostMapping("/tenants/{slug}/suspend")
    ResponseEntity<Void> suspend(@PathVariable String slug, @RequestParam(required = false) String reason) {
        operations.suspend(operator(), existing(slug), reason);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tenants/{slug}/resume")
    ResponseEntity<Void> resume(@PathVariable String slug) {
        operations.resume(operator(), existing(slug));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tenants/{slug}/retry")
    SignupStatus retry(@PathVariable String slug) {
        return operations.retry(operator(), existing(slug));
    }

    @DeleteMapping("/tenants/{slug}")
    ResponseEntity<Void> delete(@PathVariable String slug) {
        operations.delete(operator(), existing(slug));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/audit")
    List<TenantOperations.AuditEntry> audit(@RequestParam(defaultValue = "50") int limit) {
        return operations.audit(limit);
    }

    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    ProblemDetail refused(RuntimeException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Action not possible");
        return problem;
    }

    @ExceptionHandler(UnknownMunicipality.class)
    ProblemDetail unknown(UnknownMunicipality e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown municipality");
        return problem;
    }

    private TenantId existing(String slug) {
        if (!TenantId.isValid(slug) || registry.find(TenantId.of(slug)).isEmpty()) {
            throw new UnknownMunicipality();
        }
        return TenantId.of(slug);
    }

    private String operator() {
        return currentUser.signedIn().map(SignedInUser::username).orElseThrow();
    }

    /** A municipality as the console lists it. */
    record TenantRow(String slug, String name, String status, String cluster, String schemaVersion,
                     String signupStatus, List<SignupStatus.Step> steps) {
    }

    static class UnknownMunicipality extends RuntimeException {
        UnknownMunicipality() {
            super("Kasvu has no such municipality.");
        }
    }
}
