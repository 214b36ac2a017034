package fi.kasvu.platform.school;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's schools, on the tenant's host. School names are public information. */
@RestController
class SchoolController {

    private final SchoolDirectory directory;

    SchoolController(SchoolDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/api/schools")
    List<SchoolSummary> schools() {
        return directory.schools();
    }
}
