package org.crm4j.examples.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The crm4j web console: a Spring Boot host application that embeds crm4j on its own {@code DataSource} and
 * transactions, with the user signed in to Spring Security as crm4j's acting user (role, team; see
 * {@code ConsoleSecurityContext} and crm-examples/README.md).
 *
 * <pre>
 * mvn -pl crm-examples -am spring-boot:run                       # H2 file database in ./crm4j-console
 * mvn -pl crm-examples -am spring-boot:run -Dspring-boot.run.profiles=postgresql
 * </pre>
 */
@SpringBootApplication
public class ConsoleApplication {

    /**
     * Starts the console (port 8080 unless {@code --server.port=...}).
     *
     * @param args Spring Boot arguments, for example {@code --spring.datasource.url=...}
     */
    public static void main(String[] args) {
        SpringApplication.run(ConsoleApplication.class, args);
    }
}
