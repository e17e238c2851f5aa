package org.crm4j.examples.console;

import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page (links to every page the user's role may open) and the host's activity log. */
@Controller
class HomeController {

    private final ActivityLog activity;

    HomeController(ActivityLog activity) {
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/activity")
    String activity(Model model) {
        model.addAttribute("entries", activity.latest(100));
        return "activity";
    }
}
