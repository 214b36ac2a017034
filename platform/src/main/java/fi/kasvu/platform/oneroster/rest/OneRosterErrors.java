package fi.kasvu.platform.oneroster.rest;

import java.util.Map;

import fi.kasvu.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every refusal of the rostering service in the specification's imsx_StatusInfo form. */
@RestControllerAdvice(assignableTypes = {RosteringController.class, SchoolRosteringController.class})
class OneRosterErrors {

    private static final Logger log = LoggerFactory.getLogger(OneRosterErrors.class);

    @ExceptionHandler(OneRosterException.class)
    ResponseEntity<Map<String, Object>> refused(OneRosterException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(StatusInfo.failure(e.codeMinor(), e.getMessage()));
    }

    @ExceptionHandler(TenantContext.NoTenantBoundException.class)
    ResponseEntity<Map<String, Object>> notOnATenantHost(TenantContext.NoTenantBoundException e) {
        return ResponseEntity.status(404).contentType(MediaType.APPLICATION_JSON).body(StatusInfo.failure(
                StatusInfo.UNKNOWN_OBJECT, "The rostering service is served on a municipality's own address."));
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, Object>> failed(RuntimeException e) {
        log.error("the rostering service failed", e);
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_JSON)
                .body(StatusInfo.failure(StatusInfo.INTERNAL_SERVER_ERROR, "The service failed; try again later."));
    }
}
