package org.crm4j.examples.console;

import java.util.ArrayList;
import java.util.List;
import org.crm4j.core.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login with the demo users of {@link ConsoleUser} (all with the password of {@code crm4j.console.password},
 * default {@code demo}), each granted its crm4j role ({@code ROLE_} + the {@link Role}'s name), and the URL rules
 * that decide which role may open which page. These rules only keep people off pages of no use to them; crm4j
 * itself checks every call against its access policy and the records' owners ({@link ConsoleSecurityContext}),
 * so the insights dashboard and the audit view are open to every signed-in user and crm4j refuses those whose
 * role lacks the permission. A page the rules refuse shows the same refusal page as crm4j's refusals
 * ({@link Refusals}).
 *
 * <table>
 *   <caption>who may open what</caption>
 *   <tr><th>pages</th><th>roles</th></tr>
 *   <tr><td>customers, timeline</td><td>ADMIN, SALES_MANAGER, SALES_REP, SUPPORT_AGENT, MARKETER</td></tr>
 *   <tr><td>products, sales, pipeline, relationships</td><td>ADMIN, SALES_MANAGER, SALES_REP</td></tr>
 *   <tr><td>campaigns</td><td>ADMIN, SALES_MANAGER, MARKETER</td></tr>
 *   <tr><td>tickets, surveys</td><td>ADMIN, SUPPORT_AGENT, MARKETER (surveys), SALES_MANAGER</td></tr>
 *   <tr><td>activity (the host's table)</td><td>ADMIN, AUDITOR</td></tr>
 *   <tr><td>insights, audit</td><td>every signed-in user; crm4j refuses those without INSIGHT_RUN, AUDIT_READ</td></tr>
 *   <tr><td>any delete</td><td>ADMIN, SALES_MANAGER</td></tr>
 * </table>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(PasswordEncoder encoder, Environment environment) {
        String password = encoder.encode(environment.getProperty("crm4j.console.password", "demo"));
        List<UserDetails> users = new ArrayList<>();
        for (ConsoleUser user : ConsoleUser.DEMO) {
            users.add(User.withUsername(user.username()).password(password).roles(user.role().name()).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        String admin = Role.ADMIN.name();
        String manager = Role.SALES_MANAGER.name();
        String rep = Role.SALES_REP.name();
        String support = Role.SUPPORT_AGENT.name();
        String marketer = Role.MARKETER.name();
        String auditor = Role.AUDITOR.name();
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/console.css", "/login", "/error").permitAll()
                .requestMatchers(Refusals.PAGE).authenticated()
                .requestMatchers("/*/*/delete").hasAnyRole(admin, manager)
                .requestMatchers("/customers/**").hasAnyRole(admin, manager, rep, support, marketer)
                .requestMatchers("/products/**", "/sales/**", "/pipeline/**", "/relationships/**")
                        .hasAnyRole(admin, manager, rep)
                .requestMatchers("/campaigns/**").hasAnyRole(admin, manager, marketer)
                .requestMatchers("/tickets/**").hasAnyRole(admin, manager, support)
                .requestMatchers("/surveys/**").hasAnyRole(admin, manager, support, marketer)
                .requestMatchers("/activity/**").hasAnyRole(admin, auditor)
                .anyRequest().authenticated())
                .formLogin(form -> form.defaultSuccessUrl("/", false))
                .exceptionHandling(e -> e.accessDeniedPage(Refusals.PAGE))
                .logout(Customizer.withDefaults());
        return http.build();
    }
}
