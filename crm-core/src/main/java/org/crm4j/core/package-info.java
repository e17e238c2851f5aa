/**
 * The entry point of crm4j core and the types every feature shares: the {@link org.crm4j.core.CrmException}
 * hierarchy of domain failures.
 */
package org.crm4j.core;
