package org.crm4j.examples.console;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.UserId;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.customer.CustomerId;
import org.crm4j.core.opportunity.NewOpportunity;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.opportunity.OpportunityId;
import org.crm4j.core.opportunity.OpportunityQuery;
import org.crm4j.core.opportunity.OpportunitySort;
import org.crm4j.core.opportunity.OpportunityStage;
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
 * The pipeline as a board: one column per opportunity stage (the 50 largest of each), a card per opportunity with
 * a control to move it; moving to CLOSED_WON wins it and to CLOSED_LOST loses it. New opportunities are owned by
 * the signed-in user.
 */
@Controller
@RequestMapping("/pipeline")
class PipelineController {

    /** Cards shown per column. */
    static final int PER_COLUMN = 50;

    /** What the form posts. */
    record OpportunityForm(String customer, String name, String amount, String currency, String expectedCloseDate) {
        static final Set<String> FIELDS = Set.of("customer", "name", "amount", "currency", "expectedCloseDate");
    }

    /** One card. */
    record Card(Opportunity opportunity, String customer) {
    }

    private final Crm crm;
    private final Lookups lookups;
    private final HostOperations operations;

    PipelineController(Crm crm, Lookups lookups, HostOperations operations) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    @GetMapping
    String board(Model model) {
        Map<OpportunityStage, List<Card>> columns = new LinkedHashMap<>();
        List<Opportunity> all = new ArrayList<>();
        for (OpportunityStage stage : OpportunityStage.values()) {
            List<Opportunity> cards = crm.opportunities().search(OpportunityQuery.all().withStage(stage),
                    PageRequest.of(0, PER_COLUMN, Sort.desc(OpportunitySort.AMOUNT))).content();
            all.addAll(cards);
            columns.put(stage, new ArrayList<>());
        }
        Map<CustomerId, Customer> customers = lookups.visibleCustomers(
                all.stream().flatMap(o -> o.customer().stream()).distinct().toList());
        for (Opportunity o : all) {
            columns.get(o.stage()).add(new Card(o, o.customer().map(customers::get).map(Customer::name).orElse("")));
        }
        model.addAttribute("columns", columns);
        model.addAttribute("stages", OpportunityStage.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OpportunityForm("", "", "", "EUR", ""));
        }
        return "pipeline/board";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") OpportunityForm form, Principal user, Model model,
            RedirectAttributes flash) {
        try {
            Optional<CustomerId> customer = form.customer() == null || form.customer().isBlank() ? Optional.empty()
                    : Optional.of(lookups.customer("customer", form.customer()).id());
            NewOpportunity command = NewOpportunity.of(customer.orElse(null), form.name(), UserId.of(user.getName()),
                    Lookups.money("amount", form.amount(), form.currency()),
                    Lookups.date("expectedCloseDate", form.expectedCloseDate()));
            Opportunity created = operations.run(user.getName(), "opened opportunity " + form.name(),
                    () -> crm.opportunities().create(command));
            flash.addFlashAttribute("message", "Opened " + created.name());
            return "redirect:/pipeline";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, OpportunityForm.FIELDS));
            return board(model);
        }
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable("id") String id, @RequestParam("stage") OpportunityStage stage, Principal user,
            RedirectAttributes flash) {
        try {
            OpportunityId opportunity = OpportunityId.of(id);
            Opportunity moved = operations.run(user.getName(), "moved opportunity " + id + " to " + stage, () ->
                    switch (stage) {
                        case CLOSED_WON -> crm.opportunities().win(opportunity);
                        case CLOSED_LOST -> crm.opportunities().lose(opportunity, "closed on the board by "
                                + user.getName());
                        default -> crm.opportunities().moveTo(opportunity, stage);
                    });
            flash.addFlashAttribute("message", "Moved " + moved.name() + " to " + moved.stage() + " ("
                    + moved.probability() + " %)");
        } catch (CrmException e) {
            flash.addFlashAttribute("error", FormErrors.message(e));
        }
        return "redirect:/pipeline";
    }
}
