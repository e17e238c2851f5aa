package org.crm4j.examples.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.campaign.Campaign;
import org.crm4j.core.campaign.CampaignChannel;
import org.crm4j.core.campaign.CampaignId;
import org.crm4j.core.campaign.CampaignQuery;
import org.crm4j.core.campaign.CampaignSort;
import org.crm4j.core.campaign.CampaignTarget;
import org.crm4j.core.campaign.CampaignUpdate;
import org.crm4j.core.campaign.NewCampaign;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Campaigns: list (search by name, paging, sorting), plan, edit, delete. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    /** What the form posts. */
    record CampaignForm(String name, String startDate, String endDate, String channel, String budget,
            String currency, String audience, String goal, Long version) {
        static final Set<String> FIELDS = Set.of("name", "startDate", "endDate", "channel", "budget", "currency",
                "audience", "goal");

        static CampaignForm of(Campaign c) {
            return new CampaignForm(c.name(), c.startDate().toString(), c.endDate().toString(), c.channel().name(),
                    c.budget().amount().toPlainString(), c.budget().currency().getCurrencyCode(),
                    c.target().audience(), c.target().goal(), c.version());
        }

        CampaignChannel channelValue() {
            try {
                return CampaignChannel.valueOf(channel == null ? "" : channel.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ValidationException("channel", "must be one of " + java.util.Arrays.toString(
                        CampaignChannel.values()), channel);
            }
        }
    }

    /** One row of the list. */
    record CampaignRow(Campaign campaign, String status) {
    }

    private final Crm crm;
    private final HostOperations operations;
    private final Clock clock;

    CampaignController(Crm crm, HostOperations operations, Clock clock) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.operations = Objects.requireNonNull(operations, "operations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @GetMapping
    String list(@ModelAttribute("params") ListParams params, Model model) {
        CampaignQuery query = params.searching() ? CampaignQuery.nameContains(params.q()) : CampaignQuery.all();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("page", crm.campaigns().search(query,
                params.request(CampaignSort.class, CampaignSort.START_DATE))
                .map(c -> new CampaignRow(c, c.status(today).name())));
        return "campaigns/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("form", new CampaignForm("", today.toString(), today.plusMonths(1).toString(), "EMAIL",
                "0", "EUR", "", "", 0L));
        model.addAttribute("channels", CampaignChannel.values());
        return "campaigns/form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") CampaignForm form, Principal user, Model model, RedirectAttributes flash) {
        try {
            NewCampaign command = new NewCampaign(form.name(), Lookups.date("startDate", form.startDate()),
                    Lookups.date("endDate", form.endDate()), new CampaignTarget(form.audience(), form.goal()),
                    form.channelValue(), Lookups.money("budget", form.budget(), form.currency()));
            Campaign created = operations.run(user.getName(), "planned campaign " + form.name(),
                    () -> crm.campaigns().plan(command));
            flash.addFlashAttribute("message", "Planned " + created.name());
            return "redirect:/campaigns";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, CampaignForm.FIELDS));
            model.addAttribute("channels", CampaignChannel.values());
            return "campaigns/form";
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable("id") String id, Model model) {
        model.addAttribute("campaignId", id);
        model.addAttribute("form", CampaignForm.of(crm.campaigns().get(CampaignId.of(id))));
        model.addAttribute("channels", CampaignChannel.values());
        return "campaigns/form";
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable("id") String id, @ModelAttribute("form") CampaignForm form, Principal user,
            Model model, RedirectAttributes flash) {
        model.addAttribute("campaignId", id);
        try {
            CampaignUpdate update = new CampaignUpdate(form.version() == null ? -1 : form.version(), form.name(),
                    Lookups.date("startDate", form.startDate()), Lookups.date("endDate", form.endDate()),
                    new CampaignTarget(form.audience(), form.goal()), form.channelValue(),
                    Lookups.money("budget", form.budget(), form.currency()));
            Campaign saved = operations.run(user.getName(), "updated campaign " + id,
                    () -> crm.campaigns().update(CampaignId.of(id), update));
            flash.addFlashAttribute("message", "Saved " + saved.name());
            return "redirect:/campaigns";
        } catch (CrmException e) {
            model.addAttribute("errors", FormErrors.of(e, CampaignForm.FIELDS));
            model.addAttribute("channels", CampaignChannel.values());
            return "campaigns/form";
        }
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable("id") String id, Principal user, RedirectAttributes flash) {
        try {
            operations.run(user.getName(), "deleted campaign " + id, () -> {
                crm.campaigns().delete(CampaignId.of(id));
                return null;
            });
            flash.addFlashAttribute("message", "Deleted");
        } catch (CrmException e) {
            flash.addFlashAttribute("error", FormErrors.message(e));
        }
        return "redirect:/campaigns";
    }
}
