/**
 * Runnable crm4j programs for newcomers, on the embedded H2 database, CSV import and export
 * ({@code org.crm4j.examples.csv}), a generated demo company ({@code org.crm4j.examples.demo}), the insights
 * as tables, charts and an HTML report ({@code org.crm4j.examples.report}) and the web console, a Spring Boot host
 * application ({@code org.crm4j.examples.console}).
 */
// SpotBugs' annotations and the Spring jars are automatic modules (the console runs on the class path);
// XChart is an automatic module named after its jar (xchart-4.0.3.jar: xchart); its charts are in the report API
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module org.crm4j.examples {
    requires org.crm4j.jpa;
    requires transitive org.crm4j.core;
    requires org.apache.commons.csv;
    requires me.tongfei.progressbar;
    requires java.desktop;
    requires transitive xchart;
    requires static com.github.spotbugs.annotations;
    requires java.sql;
    requires org.slf4j;
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
    exports org.crm4j.examples.demo;
    exports org.crm4j.examples.report;
    // an application, not an API: opened to Spring for reflection, exported to no one
    opens org.crm4j.examples.console to spring.core, spring.beans, spring.context, spring.web, spring.webmvc;
}
