package org.crm4j.examples.console;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.crm4j.core.Crm;
import org.crm4j.core.security.AccessPolicy;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.SlaPolicy;
import org.crm4j.core.ticket.SlaTargets;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketSettings;
import org.crm4j.jpa.JpaCrm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * crm4j as the host embeds it: {@code JpaCrm} on the host's pooled {@link DataSource} (the one Spring Boot
 * configures from {@code spring.datasource.*}), seen through {@link HostTransactionDataSource} so that crm4j's
 * calls join the host's {@code @Transactional} methods, with service levels, so tickets have SLAs, and with the
 * signed-in user as crm4j's acting user ({@link ConsoleSecurityContext}) under crm4j's default access policy. crm4j migrates its own tables (history table
 * {@code crm4j_schema_history}) on start; the host's table is created by {@link ActivityLog}.
 */
@Configuration(proxyBeanMethods = false)
class CrmConfiguration {

    @Bean
    Clock clock() {
        return new ConsoleClock(Clock.systemUTC());
    }

    /** @return crm4j's default roles (crm-core's README, "Access control"), also read by the navigation */
    @Bean
    AccessPolicy accessPolicy() {
        return AccessPolicy.defaults();
    }

    /** @return the signed-in Spring user as crm4j's acting user */
    @Bean
    ConsoleSecurityContext securityContext() {
        return new ConsoleSecurityContext();
    }

    /**
     * The console's service levels: a round-the-clock service desk (every hour of every day counts, in UTC), with
     * first-response / resolution targets of 1 h / 8 h (URGENT), 4 h / 24 h (HIGH), 8 h / 48 h (NORMAL) and
     * 24 h / 120 h (LOW).
     *
     * @return crm4j's default ticket categories with these service levels
     */
    static TicketSettings ticketSettings() {
        BusinessCalendar.Builder calendar = BusinessCalendar.builder(ZoneOffset.UTC);
        for (DayOfWeek day : DayOfWeek.values()) {
            calendar.hours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }
        SlaPolicy policy = SlaPolicy.builder()
                .targets(TicketPriority.URGENT, new SlaTargets(Duration.ofHours(1), Duration.ofHours(8)))
                .targets(TicketPriority.HIGH, new SlaTargets(Duration.ofHours(4), Duration.ofHours(24)))
                .targets(TicketPriority.NORMAL, new SlaTargets(Duration.ofHours(8), Duration.ofHours(48)))
                .targets(TicketPriority.LOW, new SlaTargets(Duration.ofHours(24), Duration.ofHours(120)))
                .build();
        return TicketSettings.defaults().withServiceLevels(calendar.build(), policy);
    }

    @Bean(destroyMethod = "close")
    Crm crm(DataSource dataSource, Clock clock, ConsoleSecurityContext securityContext, AccessPolicy policy) {
        return JpaCrm.builder().dataSource(new HostTransactionDataSource(dataSource)).clock(clock)
                .ticketSettings(ticketSettings())
                .core(core -> core.securityContext(securityContext).accessPolicy(policy)).build();
    }
}
