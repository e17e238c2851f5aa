package org.crm4j.examples.console;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.crm4j.core.security.AccessPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's model holds: the signed-in user's crm4j role names and the crm4j permissions the access
 * policy grants them (for the navigation and the home page).
 */
@ControllerAdvice
class ConsoleModel {

    private final AccessPolicy policy;
    private final ConsoleSecurityContext security;

    ConsoleModel(AccessPolicy policy, ConsoleSecurityContext security) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.security = Objects.requireNonNull(security, "security");
    }

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

    /** @return the acting user's team, or empty text */
    @ModelAttribute("team")
    String team() {
        return security.current().team().orElse("");
    }

    /**
     * @return the names of the crm4j permissions of the acting user, e.g. {@code INSIGHT_RUN}; empty when no one
     *         is signed in
     */
    @ModelAttribute("permissions")
    Set<String> permissions() {
        return policy.permissionsOf(security.current()).stream().map(Enum::name).collect(Collectors.toSet());
    }
}
