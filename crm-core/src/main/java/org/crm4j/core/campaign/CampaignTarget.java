package org.crm4j.core.campaign;

import org.crm4j.core.Require;
import org.crm4j.core.ValidationException;

/**
 * Whom a {@link Campaign} addresses and what it aims at.
 *
 * @param audience the audience description, for example "customers who bought nothing for six months";
 *                 not blank, at most 1 000 characters, stripped
 * @param goal     the target segment or goal, for example "win back 10 % of lapsed customers"; not blank, at
 *                 most 1 000 characters, stripped
 */
public record CampaignTarget(String audience, String goal) {

    /** The longest audience description or goal accepted. */
    public static final int MAX_LENGTH = 1_000;

    /**
     * Checks and strips the texts.
     *
     * @throws ValidationException if a text is null or blank (field {@code target.audience} or
     *                             {@code target.goal}, rule {@code "must not be blank"}) or too long
     */
    public CampaignTarget {
        audience = Require.text("target.audience", audience, MAX_LENGTH);
        goal = Require.text("target.goal", goal, MAX_LENGTH);
    }
}
