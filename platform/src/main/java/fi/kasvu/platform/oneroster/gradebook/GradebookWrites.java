package fi.kasvu.platform.oneroster.gradebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import fi.kasvu.platform.assessment.ResultExchange;
import fi.kasvu.platform.assessment.Scale;
import fi.kasvu.platform.oneroster.rest.OneRosterException;
import fi.kasvu.platform.oneroster.rest.OneRosterResponses;
import fi.kasvu.platform.oneroster.rest.SqlCondition;
import fi.kasvu.platform.school.InvalidFieldException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The writes of the gradebook service: PUT creates or replaces a category, line item or result under the sourcedId of
 * its address (201 created, 200 replaced, with the record as a GET answers it); DELETE marks it to be deleted (204,
 * or 404 when there is no such record). A field that cannot be taken is a 400 {@code invaliddata} naming it.
 */
@RestController
@RequestMapping(GradebookController.BASE_PATH)
class GradebookWrites {

    private final ResultExchange exchange;
    private final OneRosterResponses responses;

    GradebookWrites(ResultExchange exchange, OneRosterResponses responses) {
        this.exchange = exchange;
        this.responses = responses;
    }

    @PutMapping("/categories/{id}")
    ResponseEntity<Map<String, Object>> putCategory(@PathVariable String id, @RequestBody Map<String, Object> body,
                                                    HttpServletRequest r) {
        Map<String, Object> json = record(body, "category", id);
        boolean created = exchange.putCategory(OneRosterResponses.client(r), new ResultExchange.CategoryPut(id,
                text(json, "title"), number(json, "weight")));
        return answer(created, GradebookRecord.CATEGORIES, id, "category", r);
    }

    @PutMapping("/lineItems/{id}")
    ResponseEntity<Map<String, Object>> putLineItem(@PathVariable String id, @RequestBody Map<String, Object> body,
                                                    HttpServletRequest r) {
        Map<String, Object> json = record(body, "lineItem", id);
        String scale = ref(json, "scoreScale");
        Scale chosen = scale == null ? Scale.MARKS : GradebookRecord.scaleOf(scale);
        if (chosen == null) {
            throw new InvalidFieldException("scoreScale", "there is no scoreScale '" + abbreviate(scale) + "'; see /scoreScales");
        }
        String date = text(json, "assignDate") != null ? text(json, "assignDate") : text(json, "dueDate");
        boolean created = exchange.putLineItem(OneRosterResponses.client(r), new ResultExchange.LineItemPut(id,
                text(json, "title"), text(json, "description"), date(date, "assignDate"), ref(json, "class"),
                ref(json, "category"), chosen));
        return answer(created, GradebookRecord.LINE_ITEMS, id, "lineItem", r);
    }

    @PutMapping("/results/{id}")
    ResponseEntity<Map<String, Object>> putResult(@PathVariable String id, @RequestBody Map<String, Object> body,
                                                  HttpServletRequest r) {
        Map<String, Object> json = record(body, "result", id);
        boolean created = exchange.putResult(OneRosterResponses.client(r), new ResultExchange.ResultPut(id,
                ref(json, "lineItem"), ref(json, "student"), number(json, "score"), text(json, "textScore"),
                text(json, "comment")));
        return answer(created, GradebookRecord.RESULTS, id, "result", r);
    }

    @DeleteMapping("/categories/{id}")
    ResponseEntity<Void> deleteCategory(@PathVariable String id, HttpServletRequest r) {
        return deleted(exchange.deleteCategory(OneRosterResponses.client(r), id), "category", id);
    }

    @DeleteMapping("/lineItems/{id}")
    ResponseEntity<Void> deleteLineItem(@PathVariable String id, HttpServletRequest r) {
        return deleted(exchange.deleteLineItem(OneRosterResponses.client(r), id), "lineItem", id);
    }

    @DeleteMapping("/results/{id}")
    ResponseEntity<Void> deleteResult(@PathVariable String id, HttpServletRequest r) {
        return deleted(exchange.deleteResult(OneRosterResponses.client(r), id), "result", id);
    }

    private ResponseEntity<Map<String, Object>> answer(boolean created, GradebookRecord kind, String id, String type,
                                                       HttpServletRequest r) {
        ResponseEntity<Map<String, Object>> read = responses.one(GradebookController.BASE_PATH, kind,
                SqlCondition.NONE, id, type, null, r);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).headers(read.getHeaders())
                .body(read.getBody());
    }

    private static ResponseEntity<Void> deleted(boolean deleted, String type, String id) {
        if (!deleted) {
            throw OneRosterException.unknown(type, id);
        }
        return ResponseEntity.noContent().build();
    }

    /** The record under its key; a sourcedId in the body must be the address's. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> record(Map<String, Object> body, String key, String id) {
        if (body == null || !(body.get(key) instanceof Map<?, ?> record)) {
            throw new InvalidFieldException(key, "send the record as {\"" + key + "\": {...}}");
        }
        Object sourcedId = record.get("sourcedId");
        if (sourcedId != null && !id.equals(sourcedId.toString())) {
            throw new InvalidFieldException("sourcedId", "the record's sourcedId differs from the address's");
        }
        return (Map<String, Object>) record;
    }

    private static String text(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof Iterable) {
            throw new InvalidFieldException(field, "is a text");
        }
        return value.toString();
    }

    private static BigDecimal number(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "is a number, e.g. 7.25");
        }
    }

    /** A GUIDRef's sourcedId ({@code {"sourcedId": ...}}). */
    private static String ref(Map<String, Object> json, String field) {
        Object value = json.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> ref && ref.get("sourcedId") != null) {
            return ref.get("sourcedId").toString();
        }
        throw new InvalidFieldException(field, "is a reference {\"sourcedId\": \"...\"}");
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "a date or date-time such as 2025-10-03 or 2025-10-03T08:00:00Z");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "...";
    }
}
