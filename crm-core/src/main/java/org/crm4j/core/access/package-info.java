/**
 * Changing who owns a record ({@code Crm.access()}): read a customer's, lead's, opportunity's or ticket's
 * {@link org.crm4j.core.security.Ownership}, hand the record to another user or team, share it with the team or
 * stop sharing it. Every change is recorded in the audit trail. The rules the ownership drives are in
 * {@link org.crm4j.core.security}; see crm-core's README, "Access control".
 */
package org.crm4j.core.access;
