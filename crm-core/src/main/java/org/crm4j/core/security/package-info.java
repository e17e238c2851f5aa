/**
 * Access control: the host's {@link org.crm4j.core.security.SecurityContext} says who acts
 * ({@link org.crm4j.core.security.Principal}: user, {@link org.crm4j.core.security.Role}s, team); an
 * {@link org.crm4j.core.security.AccessPolicy} maps roles to {@link org.crm4j.core.security.Permission}s and a
 * {@link org.crm4j.core.security.Scope}; customers, leads, opportunities and tickets
 * ({@link org.crm4j.core.security.RecordType}) have an {@link org.crm4j.core.security.Ownership} kept by the
 * {@link org.crm4j.core.security.RecordOwners} port, and searches apply a
 * {@link org.crm4j.core.security.Visibility} in the query. A refusal is an
 * {@link org.crm4j.core.security.AccessDeniedException}. The checks themselves wrap every service of
 * {@code Crm}; see crm-core's README, "Access control".
 */
package org.crm4j.core.security;
