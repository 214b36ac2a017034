package fi.kasvu.provisioning.billing;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The plans a municipality can sign up for; public information. */
@RestController
class PlanController {

    private final Plans plans;

    PlanController(Plans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/plans")
    List<Plan> plans() {
        return plans.available();
    }
}
