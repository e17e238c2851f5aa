package org.crm4j.core.access;

import java.util.Optional;
import org.crm4j.core.NotFoundException;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.UserDirectory;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.CustomerRepository;
import org.crm4j.core.lead.LeadRepository;
import org.crm4j.core.opportunity.OpportunityRepository;
import org.crm4j.core.security.Ownership;
import org.crm4j.core.security.RecordOwners;
import org.crm4j.core.security.RecordRef;
import org.crm4j.core.ticket.TicketRepository;

/**
 * Who owns a customer, lead, opportunity or ticket, and changes to it ({@code Crm.access()}). Each operation is one
 * transaction; every change of owner, team or sharing is an UPDATE entry of the record (fields {@code owner},
 * {@code team}, {@code shared}) in the audit trail, in the same transaction.
 *
 * <p>Access: reading an ownership needs the read permission of the record's type ({@code CUSTOMER_READ} for a
 * customer, ...), changing it the write permission ({@code CUSTOMER_WRITE}, ...), and a user whose scope is not
 * ALL must see the record (own, or shared with the team; the team's with scope TEAM). A user may thus give away a
 * record it owns; records without an ownership (created without a security context) are visible to scope ALL only.
 * Thread-safe.
 */
public interface AccessService {

    /**
     * @param record the record
     * @return its ownership, or empty if it has none (created without a security context, imported, or from
     *         before crm-jpa's V18)
     * @throws ValidationException on field {@code "record"} if null
     * @throws NotFoundException   on field {@code "record"} if there is no such record
     */
    Optional<Ownership> ownership(RecordRef record);

    /**
     * Gives a record a new owner, team and sharing (also a record that had none).
     *
     * @param record    the record
     * @param ownership its new ownership
     * @return {@code ownership}
     * @throws ValidationException on field {@code "record"} or {@code "ownership"} if null
     * @throws NotFoundException   on field {@code "record"} if there is no such record, on field {@code "owner"} if
     *                             the CRM's {@link UserDirectory} does not know the new owner
     */
    Ownership assign(RecordRef record, Ownership ownership);

    /**
     * Shares a record with its owner's team (the team's members with scope OWN then see and change it) or stops
     * sharing it; owner and team stay.
     *
     * @param record the record
     * @param shared whether it is shared
     * @return the ownership after the change
     * @throws ValidationException on field {@code "record"} if null, or with rule {@code "must have an owner"} if the
     *                             record has no ownership yet ({@link #assign} gives it one)
     * @throws NotFoundException   on field {@code "record"} if there is no such record
     */
    Ownership share(RecordRef record, boolean shared);

    /**
     * Creates the service over the ports.
     *
     * @param ports        the ownership port and the repositories of the owned records
     * @param users        the host's users, who may own records
     * @param transactions the transaction boundary
     * @return the service
     */
    static AccessService create(Ports ports, UserDirectory users, Transactions transactions) {
        return new DefaultAccessService(ports, users, transactions);
    }

    /**
     * The ports the service reads and changes.
     *
     * @param owners        the ownerships
     * @param customers     customers, to check that a customer exists
     * @param leads         leads
     * @param opportunities opportunities
     * @param tickets       tickets
     */
    record Ports(RecordOwners owners, CustomerRepository customers, LeadRepository leads,
            OpportunityRepository opportunities, TicketRepository tickets) {

        /**
         * @throws ValidationException on the field of a null port
         */
        public Ports {
            Require.nonNull("owners", owners);
            Require.nonNull("customers", customers);
            Require.nonNull("leads", leads);
            Require.nonNull("opportunities", opportunities);
            Require.nonNull("tickets", tickets);
        }
    }
}
