package fi.kasvu.platform.oneroster.rest;

import java.util.Map;

import fi.kasvu.platform.school.InvalidFieldException;
import fi.kasvu.platform.tenancy.TenantContext;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the OneRoster services (rostering and gradebook, the controllers of this module) in the
 * specification's imsx_StatusInfo form.
 */
@RestControllerAdvice(basePackages = "fi.kasvu.platform.oneroster")
class OneRosterErrors {

    private static final Logger log = LoggerFactory.getLogger(OneRosterErrors.class);

    @ExceptionHandler(OneRosterException.class)
    ResponseEntity<Map<String, Object>> refused(OneRosterException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(StatusInfo.failure(e.codeMinor(), e.getMessage()));
    }

    /** Data sent that cannot be taken (a gradebook write), naming the field. */
    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidFieldException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(StatusInfo.failure(StatusInfo.INVALID_DATA, e.getMessage(), e.field()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(StatusInfo.failure(
                StatusInfo.INVALID_DATA, "The body is no JSON object of the record; send {\"<record>\": {...}}."));
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
