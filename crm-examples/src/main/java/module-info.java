/**
 * Runnable crm4j programs for newcomers, on the embedded H2 database, CSV import and export
 * ({@code org.crm4j.examples.csv}) and a generated demo company ({@code org.crm4j.examples.demo}).
 */
// SpotBugs' annotations are an automatic module, read at compile time only (see the compiler arguments in the pom)
@SuppressWarnings("requires-automatic")
module org.crm4j.examples {
    requires org.crm4j.jpa;
    requires transitive org.crm4j.core;
    requires org.apache.commons.csv;
    requires me.tongfei.progressbar;
    requires static com.github.spotbugs.annotations;

    exports org.crm4j.examples;
    exports org.crm4j.examples.csv;
    exports org.crm4j.examples.demo;
}
