package org.crm4j.core.campaign;

import java.util.Locale;

/**
 * How many members a campaign has, apart by whether they were contacted or held out in its {@link ControlGroup},
 * and how many of them responded and converted: what {@link CampaignMemberRepository#count(CampaignId)} counts (in
 * SQL on a database) so that results never load the members. Held-out members never respond (they are never
 * contacted), so there is no count of their responses.
 *
 * @param contacted        the number of contacted members (every member of a campaign without a control group),
 *                         not negative
 * @param responded        how many contacted members responded, in {@code [converted, contacted]}
 * @param converted        how many contacted members converted, in {@code [0, responded]}
 * @param heldOut          the number of members held out in the control group, not negative
 * @param heldOutConverted how many held-out members converted, in {@code [0, heldOut]}
 */
public record MemberCounts(int contacted, int responded, int converted, int heldOut, int heldOutConverted) {

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if {@code 0 <= converted <= responded <= contacted} or
     *                                  {@code 0 <= heldOutConverted <= heldOut} does not hold
     */
    public MemberCounts {
        if (converted < 0 || responded < converted || contacted < responded) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "counts must satisfy 0 <= converted <= responded <= contacted, was %d, %d, %d", converted,
                    responded, contacted));
        }
        if (heldOutConverted < 0 || heldOut < heldOutConverted) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "counts must satisfy 0 <= heldOutConverted <= heldOut, was %d, %d", heldOutConverted, heldOut));
        }
    }

    /**
     * The counts of a campaign without held-out members.
     *
     * @param members   the number of members, all contacted
     * @param responded how many of them responded
     * @param converted how many of them converted
     * @throws IllegalArgumentException if {@code 0 <= converted <= responded <= members} does not hold
     */
    public MemberCounts(int members, int responded, int converted) {
        this(members, responded, converted, 0, 0);
    }

    /** @return every member, contacted or held out */
    public int members() {
        return contacted + heldOut;
    }
}
