package org.crm4j.examples.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Crm;
import org.crm4j.core.CrmException;
import org.crm4j.core.Page;
import org.crm4j.core.PageRequest;
import org.crm4j.core.Sort;
import org.crm4j.core.UserId;
import org.crm4j.core.ValidationException;
import org.crm4j.core.audit.AuditEntry;
import org.crm4j.core.audit.AuditQuery;
import org.crm4j.core.audit.AuditSort;
import org.crm4j.core.audit.AuditVerification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * crm4j's audit trail ({@code crm.audit()}): entries newest first, searched by record (type and id), actor and
 * period (days in UTC, both inclusive), paged; and a button that verifies the whole hash chain
 * ({@code AuditService.verify()}) and shows the result. crm4j lets only roles with {@code AUDIT_READ} read it
 * (AUDITOR, and ADMIN, which has every permission); the others get the refusal page.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    /**
     * The search form.
     *
     * @param type  a record type such as {@code customer}, blank for any
     * @param id    a record id, blank for any
     * @param actor a user id, blank for any
     * @param from  the first day, {@code 2026-12-01}, blank for no limit
     * @param to    the last day (inclusive), blank for no limit
     * @param page  the page, from 0
     * @param size  entries per page
     */
    record AuditForm(String type, String id, String actor, String from, String to, Integer page, Integer size) {
        static final Set<String> FIELDS = Set.of("type", "id", "actor", "from", "to");

        AuditForm {
            type = strip(type);
            id = strip(id);
            actor = strip(actor);
            from = strip(from);
            to = strip(to);
            page = page == null ? 0 : Math.max(0, page);
            size = size == null || size < 1 || size > 100 ? 20 : size;
        }

        private static String strip(String text) {
            return text == null ? "" : text.strip();
        }

        /** @return the criteria */
        AuditQuery query() {
            AuditQuery query = AuditQuery.all();
            if (!id.isEmpty()) {
                if (type.isEmpty()) {
                    throw new ValidationException("type", "must be given with a record id", type);
                }
                query = query.forRecord(type, id);
            } else if (!type.isEmpty()) {
                query = new AuditQuery(Optional.of(type), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty());
            }
            if (!actor.isEmpty()) {
                try {
                    query = query.by(UserId.of(actor));
                } catch (ValidationException e) {
                    throw new ValidationException("actor", e.rule(), actor);
                }
            }
            if (!from.isEmpty() || !to.isEmpty()) {
                Instant start = from.isEmpty() ? Instant.EPOCH : day(Lookups.date("from", from));
                Instant end = to.isEmpty() ? Instant.parse("9999-01-01T00:00:00Z")
                        : day(Lookups.date("to", to).plusDays(1));
                query = query.between(start, end);
            }
            return query;
        }

        private static Instant day(LocalDate date) {
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    private final Crm crm;

    AuditController(Crm crm) {
        this.crm = Objects.requireNonNull(crm, "crm");
    }

    @GetMapping
    String list(@ModelAttribute("form") AuditForm form, Model model) {
        Page<AuditEntry> page;
        try {
            page = crm.audit().search(form.query(), PageRequest.of(form.page(), form.size(), Sort.desc(AuditSort.ID)));
        } catch (CrmException e) {
            Map<String, String> errors = FormErrors.of(e, AuditForm.FIELDS, "recordType", "type", "recordId", "id");
            model.addAttribute("errors", errors);
            page = new Page<>(List.of(), form.page(), form.size(), 0);
        }
        model.addAttribute("page", page);
        return "audit/list";
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes flash) {
        AuditVerification result = crm.audit().verify();
        flash.addFlashAttribute("verification", result.intact()
                ? String.format(Locale.ROOT, "The audit trail is intact: %d entries checked, each hash chained to"
                        + " the one before.", result.checked())
                : String.format(Locale.ROOT, "The audit trail is broken at entry %d: %s (%d entries checked).",
                        result.firstBroken().orElse(0L), result.reason().orElse("?"), result.checked()));
        flash.addFlashAttribute("intact", result.intact());
        return "redirect:/audit";
    }
}
