package org.crm4j.core.insight;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * Port: per customer, how often the relationship showed signs of strain or engagement in a period, and how the
 * customer answered surveys, for the churn features of {@link InsightService#churn(ChurnOptions)} and
 * {@link InsightService#satisfaction}. Adapters compute it with one aggregate query (crm-jpa: a
 * SQL {@code GROUP BY customer_id} over a {@code UNION ALL} of the sales, campaign-member, relationship-history and
 * ticket tables, or over the survey invitations); the in-memory adapter by scanning. Implementations are thread-safe. Checked by
 * {@code org.crm4j.core.contract.ChurnContract} on every adapter.
 */
public interface CustomerSignals {

    /**
     * Counts, per customer, the events whose time lies in {@code [from, to)}: returns in {@code currency} (sale
     * rows that return an earlier sale, by their return time), campaign responses (campaign memberships by the
     * time of the response), relationship deteriorations (status changes to a worse status, counted for both
     * customers of the relationship), tickets opened, and those of them whose category is one of
     * {@code complaintCategories}.
     *
     * @param currency            the currency of the returns, not null
     * @param from                the start, inclusive
     * @param to                  the end, exclusive, not before {@code from}
     * @param complaintCategories the ticket categories that are complaints, not null, may be empty
     * @return one entry per customer with at least one event, ordered by customer id (unsigned UUID order)
     */
    List<SignalCounts> signalCounts(Currency currency, Instant from, Instant to, Set<String> complaintCategories);

    /**
     * Counts, per customer, the survey answers given in {@code [from, to)}: CSAT answers, their total and the
     * dissatisfied ones (CSAT at most 2), NPS answers, promoters (9 or 10) and detractors (0 to 6).
     *
     * @param from the start, inclusive
     * @param to   the end, exclusive, not before {@code from}
     * @return one entry per customer with at least one answer, ordered by customer id (unsigned UUID order)
     */
    List<SatisfactionCounts> satisfaction(Instant from, Instant to);
}
