/**
 * Runnable crm4j programs for newcomers, on the embedded H2 database, CSV import and export
 * ({@code org.crm4j.examples.csv}), a generated demo company ({@code org.crm4j.examples.demo}) and the insights
 * as tables, charts and an HTML report ({@code org.crm4j.examples.report}).
 */
// SpotBugs' annotations are an automatic module, read at compile time only (see the compiler arguments in the pom);
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

    exports org.crm4j.examples;
    exports org.crm4j.examples.csv;
    exports org.crm4j.examples.demo;
    exports org.crm4j.examples.report;
}
