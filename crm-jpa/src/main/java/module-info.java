/**
 * crm4j JPA adapter: Hibernate ORM implementations of the crm-core ports, Flyway migrations and bootstrap on an
 * embedded H2 file or a host's DataSource.
 *
 * <p>Only {@code org.crm4j.jpa} is exported. The entity package is opened to Hibernate alone, so that it can read
 * and write the package-private entity fields by reflection.
 */
// Hibernate ORM and Flyway ship no module-info (Hibernate names itself in its manifest, Flyway gets the automatic
// name flyway.core from its file name); javac warns about requiring automatic modules and -Werror would fail the
// build, so exactly that lint is suppressed here and nowhere else.
@SuppressWarnings("requires-automatic")
module org.crm4j.jpa {
    requires transitive org.crm4j.core;
    requires transitive java.sql;
    requires transitive jakarta.persistence;
    requires org.hibernate.orm.core;
    requires flyway.core;
    requires com.zaxxer.hikari;
    requires com.fasterxml.jackson.core;
    requires org.slf4j;

    exports org.crm4j.jpa;

    opens org.crm4j.jpa.internal to org.hibernate.orm.core;
}
