package org.crm4j.core.timeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * One thing that happened to a customer. Immutable.
 *
 * @param at      when it happened
 * @param kind    what it was
 * @param source  the id of the record it comes from: the activity, sale, opportunity, campaign, ticket or survey
 *                invitation
 * @param seq     the position within the source when one source yields several entries (the index of an
 *                opportunity's stage change; for a ticket 0 for its opening and the index of the status change
 *                plus 1 for a resolution), else 0
 * @param summary a one-line description: an activity's subject, a sale's {@code "3 × TEA-1"}, a stage change's
 *                {@code "Office tea: PROPOSAL → NEGOTIATION"}, a campaign's name, a ticket's subject, a survey
 *                answer's {@code "After your ticket: CSAT 2, NPS 8"}
 */
public record TimelineEntry(Instant at, TimelineKind kind, UUID source, int seq, String summary) {

    /**
     * The timeline's order: newest first; ties by source id (unsigned, ascending), position, then kind. Every
     * adapter pages in exactly this order.
     */
    public static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::at)
            .reversed()
            .thenComparing(TimelineEntry::source, TimelineEntry::compareUnsigned)
            .thenComparingInt(TimelineEntry::seq)
            .thenComparing(TimelineEntry::kind);

    /**
     * Checks the entry.
     *
     * @throws ValidationException on the field of a null component or a negative {@code seq}
     */
    public TimelineEntry {
        Require.nonNull("at", at);
        Require.nonNull("kind", kind);
        Require.nonNull("source", source);
        Require.notNegative("seq", seq);
        Require.nonNull("summary", summary);
    }

    /**
     * @param quantity the units
     * @param sku      the product code
     * @return a sale's or return's summary: {@code "3 × TEA-1"}
     */
    public static String saleSummary(int quantity, String sku) {
        return quantity + " × " + sku;
    }

    /**
     * @param opportunity the opportunity's name
     * @param previous    the stage before
     * @param current     the stage after
     * @return a stage change's summary: {@code "Office tea: PROPOSAL → NEGOTIATION"}
     */
    public static String stageSummary(String opportunity, String previous, String current) {
        return opportunity + ": " + previous + " → " + current;
    }

    /**
     * @param survey the survey's name
     * @param csat   the CSAT score, or null if not asked
     * @param nps    the NPS score, or null if not asked
     * @return a survey answer's summary: {@code "After your ticket: CSAT 2, NPS 8"} (scores not asked left out)
     */
    public static String surveySummary(String survey, Integer csat, Integer nps) {
        StringBuilder summary = new StringBuilder(survey);
        String separator = ": ";
        if (csat != null) {
            summary.append(separator).append("CSAT ").append(csat);
            separator = ", ";
        }
        if (nps != null) {
            summary.append(separator).append("NPS ").append(nps);
        }
        return summary.toString();
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int most = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return most != 0 ? most : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
