package org.crm4j.examples.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.Channel;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.survey.IssuedInvitation;
import org.crm4j.core.survey.NewSurvey;
import org.crm4j.core.survey.Survey;
import org.crm4j.core.survey.SurveyId;
import org.crm4j.core.survey.SurveyResponse;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Surveys: CSAT and NPS by month over the last twelve months (with their confidence intervals), a customer's
 * invitations, defining a survey, inviting a ticket's customer (the token is shown once, as crm4j hands it out
 * once) and answering with a token.
 */
@Controller
@RequestMapping("/surveys")
class SurveyController {

    static final Set<String> DEFINE_FIELDS = Set.of("name", "category");
    static final Set<String> INVITE_FIELDS = Set.of("surveyId", "ticketId");
    static final Set<String> ANSWER_FIELDS = Set.of("token", "csat", "nps", "comment");

    private final Crm crm;
    private final HostOperations operations;
    private final Clock clock;

    SurveyController(Crm crm, HostOperations operations, Clock clock) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.operations = Objects.requireNonNull(operations, "operations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @GetMapping
    String page(@RequestParam(name = "q", defaultValue = "") String q, Model model) {
        LocalDate firstOfNextMonth = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
        model.addAttribute("periods", crm.surveys().satisfaction(
                firstOfNextMonth.minusMonths(12).atStartOfDay().toInstant(ZoneOffset.UTC),
                firstOfNextMonth.atStartOfDay().toInstant(ZoneOffset.UTC)));
        model.addAttribute("categories", new java.util.TreeSet<>(TicketSettings.defaults().categories()));
        model.addAttribute("q", q.strip());
        model.addAttribute("invitations", List.of());
        if (!q.isBlank()) {
            Optional<Customer> customer = crm.customers().findByEmail(q.strip());
            if (customer.isEmpty()) {
                model.addAttribute("error", "No customer has the e-mail address " + q.strip());
            } else {
                model.addAttribute("invitations", crm.surveys().invitationsOf(customer.get().id()));
            }
        }
        return "surveys/page";
    }

    @PostMapping("/define")
    String define(@RequestParam("name") String name, @RequestParam("category") String category, Principal user,
            Model model, RedirectAttributes flash) {
        try {
            Survey survey = operations.run(user.getName(), "defined survey " + name,
                    () -> crm.surveys().define(NewSurvey.of(name, category)));
            flash.addFlashAttribute("message", "Defined survey " + survey.name() + ": id " + survey.id().value());
            return "redirect:/surveys";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, DEFINE_FIELDS, "followUp.category", "category"));
            return page("", model);
        }
    }

    @PostMapping("/invite")
    String invite(@RequestParam("surveyId") String surveyId, @RequestParam("ticketId") String ticketId,
            Principal user, Model model, RedirectAttributes flash) {
        try {
            SurveyId survey = SurveyId.of(surveyId.strip());
            TicketId ticket = ticketId(ticketId);
            IssuedInvitation issued = operations.run(user.getName(), "invited after ticket " + ticketId,
                    () -> crm.surveys().inviteAfterTicket(survey, ticket, Channel.EMAIL));
            flash.addFlashAttribute("message", "Invitation sent; its token (shown once): "
                    + issued.token().value());
            return "redirect:/surveys";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, INVITE_FIELDS));
            return page("", model);
        }
    }

    @PostMapping("/answer")
    String answer(@RequestParam("token") String token, @RequestParam("csat") String csat,
            @RequestParam("nps") String nps, @RequestParam("comment") String comment, Principal user, Model model,
            RedirectAttributes flash) {
        try {
            SurveyResponse response = new SurveyResponse(score("csat", csat), score("nps", nps),
                    comment.isBlank() ? Optional.empty() : Optional.of(comment), Map.of());
            operations.run(user.getName(), "recorded a survey answer",
                    () -> crm.surveys().answer(token.strip(), response));
            flash.addFlashAttribute("message", "Answer recorded");
            return "redirect:/surveys";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, ANSWER_FIELDS));
            return page("", model);
        }
    }

    private static Optional<Integer> score(String field, String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(Lookups.integer(field, text));
    }

    private static TicketId ticketId(String text) {
        try {
            return new TicketId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("ticketId", "must be a UUID", text);
        }
    }
}
