package org.crm4j.examples.console;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's model holds: the signed-in user's crm4j role names (for the navigation and the home page). */
@ControllerAdvice
class ConsoleModel {

    /**
     * @param authentication the signed-in user, null on the login page
     * @return the user's role names without Spring's {@code ROLE_} prefix, e.g. {@code [SALES_REP]}
     */
    @ModelAttribute("roles")
    List<String> roles(Authentication authentication) {
        if (authentication == null) {
            return List.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).sorted().toList();
    }
}
