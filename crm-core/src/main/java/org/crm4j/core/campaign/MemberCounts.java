package org.crm4j.core.campaign;

import java.util.Locale;

/**
 * How many members a campaign has, and how many of them responded and converted: what
 * {@link CampaignMemberRepository#count(CampaignId)} counts (in SQL on a database) so that results never load the
 * members.
 *
 * @param members   the number of members, not negative
 * @param responded how many of them responded, in {@code [converted, members]}
 * @param converted how many of them converted, in {@code [0, responded]}
 */
public record MemberCounts(int members, int responded, int converted) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if {@code 0 <= converted <= responded <= members} does not hold
     */
    public MemberCounts {
        if (converted < 0 || responded < converted || members < responded) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "counts must satisfy 0 <= converted <= responded <= members, was %d, %d, %d", converted,
                    responded, members));
        }
    }
}
