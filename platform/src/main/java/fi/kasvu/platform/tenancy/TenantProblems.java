package fi.kasvu.platform.tenancy;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** API answers for tenancy mistakes, as RFC 9457 problems. */
@RestControllerAdvice
class TenantProblems {

    @ExceptionHandler(TenantContext.NoTenantBoundException.class)
    ProblemDetail notOnATenantHost(TenantContext.NoTenantBoundException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "This is served on a municipality's own address (<slug>.<domain>), not on the platform host.");
        problem.setTitle("Not on a municipality's host");
        return problem;
    }

    @ExceptionHandler(TenantContext.PlatformHostOnlyException.class)
    ProblemDetail notOnThePlatformHost(TenantContext.PlatformHostOnlyException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "This is served on Kasvu's own address, not on a municipality's.");
        problem.setTitle("Not on the platform host");
        return problem;
    }
}
