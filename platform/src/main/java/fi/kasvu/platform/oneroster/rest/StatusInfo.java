package fi.kasvu.platform.oneroster.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * OneRoster 1.2's imsx_StatusInfo, the body of every refusal: {@code imsx_codeMajor} failure, {@code imsx_severity}
 * error, a description and one code minor field of the system that refused ({@code TargetEndSystem}). Public, so
 * that the security in front of the service answers 401, 403 and 429 in the same form.
 */
public final class StatusInfo {

    public static final String UNAUTHORISED_REQUEST = "unauthorisedrequest";
    public static final String FORBIDDEN = "forbidden";
    public static final String SERVER_BUSY = "server_busy";
    public static final String UNKNOWN_OBJECT = "unknownobject";
    public static final String INVALID_FILTER_FIELD = "invalid_filter_field";
    public static final String INVALID_SORT_FIELD = "invalid_sort_field";
    public static final String INVALID_SELECTION_FIELD = "invalid_selection_field";
    public static final String INVALID_DATA = "invaliddata";
    public static final String INTERNAL_SERVER_ERROR = "internal_server_error";

    private static final JsonMapper JSON = JsonMapper.shared();

    private StatusInfo() {
    }

    public static Map<String, Object> failure(String codeMinor, String description) {
        return failure(codeMinor, description, "TargetEndSystem");
    }

    /**
     * A refusal of one field of the data sent: the code minor field names it ({@code imsx_codeMinorFieldName}, "the
     * field to which the code minor value is relevant").
     */
    public static Map<String, Object> failure(String codeMinor, String description, String fieldName) {
        var body = new LinkedHashMap<String, Object>();
        body.put("imsx_codeMajor", "failure");
        body.put("imsx_severity", "error");
        body.put("imsx_description", description);
        body.put("imsx_CodeMinor", Map.of("imsx_codeMinorField", List.of(Map.of(
                "imsx_codeMinorFieldName", fieldName,
                "imsx_codeMinorFieldValue", codeMinor))));
        return body;
    }

    public static String failureJson(String codeMinor, String description) {
        return JSON.writeValueAsString(failure(codeMinor, description));
    }
}
