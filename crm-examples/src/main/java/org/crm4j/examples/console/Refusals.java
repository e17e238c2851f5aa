package org.crm4j.examples.console;

import java.util.Objects;
import org.crm4j.core.security.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The refusal page (HTTP 403, template {@code denied}): what was refused and to whom, and that nothing changed.
 * Two sources: crm4j's {@link AccessDeniedException} thrown by any controller (a permission the user's role lacks,
 * or a record outside the user's scope; crm4j refuses before the operation runs, and the host's transaction around
 * it rolls back), and the console's own URL rules ({@link SecurityConfiguration}), which forward here.
 */
@ControllerAdvice
@Controller
class Refusals {

    /** The path Spring Security forwards a refused request to. */
    static final String PAGE = "/denied";

    private final ConsoleSecurityContext security;

    Refusals(ConsoleSecurityContext security) {
        this.security = Objects.requireNonNull(security, "security");
    }

    /**
     * @param e     crm4j's refusal
     * @param model the page's model
     * @return the refusal page, with status 403
     */
    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refusedByCrm4j(AccessDeniedException e, Model model) {
        model.addAttribute("refusal", e.getMessage());
        model.addAttribute("refusedPermission", e.permission().map(Enum::name).orElse(""));
        model.addAttribute("refusedRecord", e.record().map(Object::toString).orElse(""));
        model.addAttribute("source", "crm4j");
        return "denied";
    }

    /**
     * @param uri   the refused request's path (the servlet forward's request attribute), if forwarded
     * @param model the page's model
     * @return the refusal page, with status 403
     */
    @RequestMapping(PAGE)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String refusedByTheConsole(@RequestAttribute(name = "jakarta.servlet.forward.request_uri", required = false)
            String uri, Model model) {
        model.addAttribute("refusal", security.current() + " may not open " + (uri == null ? "this page" : uri)
                + " (the console's page rules)");
        model.addAttribute("refusedPermission", "");
        model.addAttribute("refusedRecord", "");
        model.addAttribute("source", "console");
        return "denied";
    }
}
