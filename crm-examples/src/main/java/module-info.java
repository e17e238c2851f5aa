/** Runnable crm4j programs for newcomers, on the embedded H2 database. */
module org.crm4j.examples {
    requires org.crm4j.jpa;

    exports org.crm4j.examples;
}
