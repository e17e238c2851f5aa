package org.crm4j.examples.console;

import java.util.ArrayList;
import java.util.List;
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
 * Form login with one demo user per crm4j role (all with the password of {@code crm4j.console.password},
 * default {@code demo}), and the URL rules that decide which role may open which page:
 *
 * <table>
 *   <caption>who may do what</caption>
 *   <tr><th>pages</th><th>roles</th></tr>
 *   <tr><td>customers, timeline</td><td>ADMIN, SALES_MANAGER, SALES_REP, SUPPORT_AGENT, MARKETER</td></tr>
 *   <tr><td>products, sales, pipeline, relationships</td><td>ADMIN, SALES_MANAGER, SALES_REP</td></tr>
 *   <tr><td>campaigns</td><td>ADMIN, SALES_MANAGER, MARKETER</td></tr>
 *   <tr><td>tickets, surveys</td><td>ADMIN, SUPPORT_AGENT, MARKETER (surveys), SALES_MANAGER</td></tr>
 *   <tr><td>activity (the host's table)</td><td>ADMIN, AUDITOR</td></tr>
 *   <tr><td>any delete</td><td>ADMIN, SALES_MANAGER</td></tr>
 * </table>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Demo user name → role. */
    static final List<String[]> DEMO_USERS = List.of(
            new String[] {"admin", "ADMIN"},
            new String[] {"manager", "SALES_MANAGER"},
            new String[] {"rep1", "SALES_REP"},
            new String[] {"rep2", "SALES_REP"},
            new String[] {"support", "SUPPORT_AGENT"},
            new String[] {"marketer", "MARKETER"},
            new String[] {"analyst", "ANALYST"},
            new String[] {"auditor", "AUDITOR"});

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(PasswordEncoder encoder, Environment environment) {
        String password = encoder.encode(environment.getProperty("crm4j.console.password", "demo"));
        List<UserDetails> users = new ArrayList<>();
        for (String[] user : DEMO_USERS) {
            users.add(User.withUsername(user[0]).password(password).roles(ConsoleRole.valueOf(user[1]).name()).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        String admin = ConsoleRole.ADMIN.name();
        String manager = ConsoleRole.SALES_MANAGER.name();
        String rep = ConsoleRole.SALES_REP.name();
        String support = ConsoleRole.SUPPORT_AGENT.name();
        String marketer = ConsoleRole.MARKETER.name();
        String auditor = ConsoleRole.AUDITOR.name();
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/console.css", "/login", "/error").permitAll()
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
                .logout(Customizer.withDefaults());
        return http.build();
    }
}
