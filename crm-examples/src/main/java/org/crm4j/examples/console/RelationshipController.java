package org.crm4j.examples.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.Page;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.relationship.NewRelationship;
import org.crm4j.core.relationship.RelationshipId;
import org.crm4j.core.relationship.RelationshipQuery;
import org.crm4j.core.relationship.RelationshipSort;
import org.crm4j.core.relationship.RelationshipStatus;
import org.crm4j.core.relationship.RelationshipType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Relationships between customers: list (of one customer, by e-mail address, or all; paging; sorting), establish,
 * edit (its status, the one mutable attribute besides its validity), delete.
 */
@Controller
@RequestMapping("/relationships")
class RelationshipController {

    /** What the form posts. */
    record RelationshipForm(String from, String to, String type, String validFrom) {
        static final Set<String> FIELDS = Set.of("from", "to", "type", "validFrom");

        RelationshipType typeValue() {
            try {
                return RelationshipType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("type", "must be one of " + java.util.Arrays.toString(
                        RelationshipType.values()), type);
            }
        }
    }

    /** One row of the list. */
    record RelationshipRow(CustomerRelationship relationship, String from, String to) {
    }

    private final Crm crm;
    private final Lookups lookups;
    private final HostOperations operations;
    private final Clock clock;

    RelationshipController(Crm crm, Lookups lookups, HostOperations operations, Clock clock) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        this.operations = Objects.requireNonNull(operations, "operations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @GetMapping
    String list(@ModelAttribute("params") ListParams params, Model model) {
        RelationshipQuery query = RelationshipQuery.all();
        if (params.searching()) {
            var customer = crm.customers().findByEmail(params.q());
            if (customer.isEmpty()) {
                model.addAttribute("error", "No customer has the e-mail address " + params.q());
                model.addAttribute("page", new Page<RelationshipRow>(List.of(), 0, params.size(), 0));
                model.addAttribute("statuses", RelationshipStatus.values());
                return "relationships/list";
            }
            query = query.involving(customer.get().id());
        }
        Page<CustomerRelationship> page = crm.relationships().search(query,
                params.request(RelationshipSort.class, RelationshipSort.VALID_FROM));
        Map<CustomerId, Customer> customers = lookups.visibleCustomers(page.content().stream()
                .flatMap(r -> Stream.of(r.from(), r.to())).distinct().toList());
        model.addAttribute("page", page.map(r -> new RelationshipRow(r, name(customers, r.from()),
                name(customers, r.to()))));
        model.addAttribute("statuses", RelationshipStatus.values());
        return "relationships/list";
    }

    private static String name(Map<CustomerId, Customer> customers, CustomerId id) {
        Customer c = customers.get(id);
        return c == null ? "?" : c.name() + " <" + c.email().value() + ">";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new RelationshipForm("", "", "FRIEND", LocalDate.now(clock).toString()));
        model.addAttribute("types", RelationshipType.values());
        return "relationships/form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") RelationshipForm form, Principal user, Model model,
            RedirectAttributes flash) {
        try {
            NewRelationship command = NewRelationship.of(lookups.customer("from", form.from()).id(),
                    lookups.customer("to", form.to()).id(), form.typeValue(),
                    Lookups.date("validFrom", form.validFrom()));
            operations.run(user.getName(), "established a relationship " + form.from() + " -> " + form.to(),
                    () -> crm.relationships().establish(command));
            flash.addFlashAttribute("message", "Established " + form.from() + " → " + form.to());
            return "redirect:/relationships";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, RelationshipForm.FIELDS));
            model.addAttribute("types", RelationshipType.values());
            return "relationships/form";
        }
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable("id") String id, @RequestParam("status") RelationshipStatus status,
            Principal user, RedirectAttributes flash) {
        try {
            operations.run(user.getName(), "changed relationship " + id + " to " + status,
                    () -> crm.relationships().changeStatus(RelationshipId.of(id), status));
            flash.addFlashAttribute("message", "Changed to " + status);
        } catch (CrmException e) {
            flash.addFlashAttribute("error", FormErrors.message(e));
        }
        return "redirect:/relationships";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable("id") String id, Principal user, RedirectAttributes flash) {
        try {
            operations.run(user.getName(), "deleted relationship " + id, () -> {
                crm.relationships().delete(RelationshipId.of(id));
                return null;
            });
            flash.addFlashAttribute("message", "Deleted");
        } catch (CrmException e) {
            flash.addFlashAttribute("error", FormErrors.message(e));
        }
        return "redirect:/relationships";
    }
}
