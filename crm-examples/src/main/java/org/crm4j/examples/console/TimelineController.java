package org.crm4j.examples.console;

import java.util.Objects;
import org.crm4j.core.Crm;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A customer's timeline: sales, returns, stage changes, campaign responses, tickets, activities; newest first. */
@Controller
class TimelineController {

    /** Entries per page. */
    static final int PAGE_SIZE = 20;

    private final Crm crm;

    TimelineController(Crm crm) {
        this.crm = Objects.requireNonNull(crm, "crm");
    }

    @GetMapping("/customers/{id}/timeline")
    String timeline(@PathVariable("id") String id, @RequestParam(name = "page", defaultValue = "0") int page,
            Model model) {
        CustomerId customerId = CustomerId.of(id);
        Customer customer = crm.customers().get(customerId);
        model.addAttribute("customer", customer);
        model.addAttribute("page", crm.timeline().timeline(customerId, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("tickets", crm.tickets().ofCustomer(customerId));
        return "customers/timeline";
    }
}
