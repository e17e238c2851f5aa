package org.crm4j.core.privacy;

import java.time.Instant;
import java.util.List;
import org.crm4j.core.Require;
import org.crm4j.core.activity.Activity;
import org.crm4j.core.campaign.CampaignMember;
import org.crm4j.core.customer.Customer;
import org.crm4j.core.lead.Lead;
import org.crm4j.core.opportunity.Opportunity;
import org.crm4j.core.relationship.CustomerRelationship;
import org.crm4j.core.sales.Sale;
import org.crm4j.core.survey.SurveyInvitation;
import org.crm4j.core.ticket.Ticket;

/**
 * Everything crm4j holds about one customer, read in one transaction: the answer to a subject access or data
 * portability request. Immutable (the lists are copies).
 *
 * @param exportedAt         when it was read (the CRM's clock)
 * @param customer           the customer with stage history, consents and tags
 * @param sales              the customer's sales and returns, by id
 * @param relationships      the relationships in which the customer is either end
 * @param campaigns          the customer's campaign memberships (targeted, responded, converted, held out)
 * @param tickets            the customer's service tickets with comments and histories
 * @param surveyInvitations  the survey invitations sent to the customer, with the answers given
 * @param leads              the leads converted into the customer
 * @param opportunities      the opportunities of the customer, by id
 * @param activities         the calls, e-mails, meetings, notes and tasks about the customer, by id
 */
public record CustomerRecord(Instant exportedAt, Customer customer, List<Sale> sales,
        List<CustomerRelationship> relationships, List<CampaignMember> campaigns, List<Ticket> tickets,
        List<SurveyInvitation> surveyInvitations, List<Lead> leads, List<Opportunity> opportunities,
        List<Activity> activities) {

    /**
     * Checks and copies.
     *
     * @throws org.crm4j.core.ValidationException on the field of a null component
     */
    public CustomerRecord {
        Require.nonNull("exportedAt", exportedAt);
        Require.nonNull("customer", customer);
        sales = List.copyOf(Require.nonNull("sales", sales));
        relationships = List.copyOf(Require.nonNull("relationships", relationships));
        campaigns = List.copyOf(Require.nonNull("campaigns", campaigns));
        tickets = List.copyOf(Require.nonNull("tickets", tickets));
        surveyInvitations = List.copyOf(Require.nonNull("surveyInvitations", surveyInvitations));
        leads = List.copyOf(Require.nonNull("leads", leads));
        opportunities = List.copyOf(Require.nonNull("opportunities", opportunities));
        activities = List.copyOf(Require.nonNull("activities", activities));
    }
}
