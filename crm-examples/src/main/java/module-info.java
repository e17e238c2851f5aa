/**
 * Runnable crm4j programs for newcomers, on the embedded H2 database, CSV import and export
 * ({@code org.crm4j.examples.csv}) and the web console, a Spring Boot host application
 * ({@code org.crm4j.examples.console}).
 */
// SpotBugs' annotations and the Spring jars are automatic modules (the console runs on the class path)
@SuppressWarnings("requires-automatic")
module org.crm4j.examples {
    requires org.crm4j.jpa;
    requires transitive org.crm4j.core;
    requires org.apache.commons.csv;
    requires static com.github.spotbugs.annotations;
    requires java.sql;
    requires spring.beans;
    requires spring.boot;
    requires spring.boot.autoconfigure;
    requires spring.context;
    requires spring.core;
    requires spring.jdbc;
    requires spring.tx;
    requires spring.web;
    requires spring.webmvc;
    requires spring.security.config;
    requires spring.security.core;
    requires spring.security.crypto;
    requires spring.security.web;

    exports org.crm4j.examples;
    exports org.crm4j.examples.csv;
    // an application, not an API: opened to Spring for reflection, exported to no one
    opens org.crm4j.examples.console to spring.core, spring.beans, spring.context, spring.web, spring.webmvc;
}
