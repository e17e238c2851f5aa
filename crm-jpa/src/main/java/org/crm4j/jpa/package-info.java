/**
 * The public API of the crm4j JPA adapter: JpaCrm opens a crm4j {@code Crm} on an embedded H2
 * file, a host's {@link javax.sql.DataSource} or a host's {@link jakarta.persistence.EntityManagerFactory}.
 * Everything else (entities, mappers, repositories, migrations) is internal to the module.
 */
package org.crm4j.jpa;
