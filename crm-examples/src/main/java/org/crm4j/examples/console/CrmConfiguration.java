package org.crm4j.examples.console;

import java.time.Clock;
import javax.sql.DataSource;
import org.crm4j.core.Crm;
import org.crm4j.jpa.JpaCrm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * crm4j as the host embeds it: {@code JpaCrm} on the host's pooled {@link DataSource} (the one Spring Boot
 * configures from {@code spring.datasource.*}), seen through {@link HostTransactionDataSource} so that crm4j's
 * calls join the host's {@code @Transactional} methods. crm4j migrates its own tables (history table
 * {@code crm4j_schema_history}) on start; the host's table is created by {@link ActivityLog}.
 */
@Configuration(proxyBeanMethods = false)
class CrmConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    Crm crm(DataSource dataSource, Clock clock) {
        return JpaCrm.builder().dataSource(new HostTransactionDataSource(dataSource)).clock(clock).build();
    }
}
