/**
 * crm4j JPA adapter: Hibernate ORM implementations of the crm-core ports, Flyway migrations and bootstrap on an
 * embedded H2 file or a host's DataSource.
 */
module org.crm4j.jpa {
    requires transitive org.crm4j.core;
    requires java.sql;
}
