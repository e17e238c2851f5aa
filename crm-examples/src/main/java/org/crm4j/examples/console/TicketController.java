package org.crm4j.examples.console;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.ticket.NewTicket;
import org.crm4j.core.ticket.Resolution;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketChannel;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketSettings;
import org.crm4j.core.ticket.TicketSla;
import org.crm4j.core.ticket.TicketStatus;
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
 * Tickets of a customer (crm4j lists tickets per customer) with their SLA state (first response and resolution:
 * RUNNING, PAUSED, MET or BREACHED, with the time left), opening a ticket, moving it to another status and
 * resolving it.
 */
@Controller
@RequestMapping("/tickets")
class TicketController {

    /** What the form posts. */
    record TicketForm(String customer, String subject, String description, String category, String priority,
            String channel) {
        static final Set<String> FIELDS = Set.of("customer", "subject", "description", "category", "priority",
                "channel");

        static TicketForm empty(String customer) {
            return new TicketForm(customer, "", "", "QUESTION", "NORMAL", "EMAIL");
        }

        <E extends Enum<E>> E option(String field, Class<E> type, String value) {
            try {
                return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(field, "must be one of " + java.util.Arrays.toString(
                        type.getEnumConstants()), value);
            }
        }
    }

    /** One row: the ticket and its SLA, if it has targets. */
    record TicketRow(Ticket ticket, Optional<TicketSla> sla) {
    }

    private final Crm crm;
    private final Lookups lookups;
    private final HostOperations operations;

    TicketController(Crm crm, Lookups lookups, HostOperations operations) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    @GetMapping
    String list(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
        model.addAttribute("q", q.strip());
        model.addAttribute("rows", List.of());
        if (!q.isBlank()) {
            Optional<Customer> customer = crm.customers().findByEmail(q.strip());
            if (customer.isEmpty()) {
                model.addAttribute("error", "No customer has the e-mail address " + q.strip());
            } else {
                model.addAttribute("customer", customer.get());
                model.addAttribute("rows", crm.tickets().ofCustomer(customer.get().id()).stream()
                        .map(t -> new TicketRow(t, crm.tickets().sla(t.id()))).toList());
            }
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TicketForm.empty(q.strip()));
        }
        // the categories of crm4j's default TicketSettings, which the console does not change
        model.addAttribute("categories", new java.util.TreeSet<>(TicketSettings.defaults().categories()));
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("priorities", TicketPriority.values());
        model.addAttribute("channels", TicketChannel.values());
        return "tickets/list";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") TicketForm form, Principal user, Model model, RedirectAttributes flash) {
        try {
            Customer customer = lookups.customer("customer", form.customer());
            NewTicket command = NewTicket.of(customer.id(), form.subject(), form.description(), form.category(),
                    form.option("priority", TicketPriority.class, form.priority()),
                    form.option("channel", TicketChannel.class, form.channel()));
            Ticket opened = operations.run(user.getName(), "opened a ticket for " + customer.email().value(),
                    () -> crm.tickets().open(command));
            flash.addFlashAttribute("message", "Opened ticket " + opened.subject());
            return "redirect:/tickets?q=" + customer.email().value();
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, TicketForm.FIELDS));
            return list(form.customer() == null ? "" : form.customer(), model);
        }
    }

    @PostMapping("/{id}/resolve")
    String resolve(@PathVariable("id") String id, @RequestParam("code") String code,
            @RequestParam("text") String text, @RequestParam("q") String q, Principal user,
            RedirectAttributes flash) {
        try {
            TicketId ticket = new TicketId(UUID.fromString(id));
            operations.run(user.getName(), "resolved ticket " + id,
                    () -> crm.tickets().resolve(ticket, new Resolution(code, text)));
            flash.addFlashAttribute("message", "Resolved");
        } catch (CrmException | IllegalArgumentException e) {
            flash.addFlashAttribute("error", FormErrors.message(e));
        }
        return "redirect:/tickets?q=" + q;
    }

    @PostMapping("/{id}/status")
    String move(@PathVariable("id") String id, @RequestParam("status") TicketStatus status,
            @RequestParam("q") String q, Principal user, RedirectAttributes flash) {
        try {
            TicketId ticket = new TicketId(UUID.fromString(id));
            operations.run(user.getName(), "moved ticket " + id + " to " + status,
                    () -> crm.tickets().moveTo(ticket, status));
            flash.addFlashAttribute("message", "Moved to " + status);
        } catch (CrmException | IllegalArgumentException e) {
            flash.addFlashAttribute("error", FormErrors.message(e));
        }
        return "redirect:/tickets?q=" + q;
    }
}
