/**
 * Reports of the sales pipeline: opportunities by stage (count, amount, probability-weighted amount) per owner and
 * currency, weighted expected revenue by close month, win rate and average deal size per owner, per lead source
 * and per month of closing, the sales-cycle length (creation to win, in days) overall and per owner, and the
 * stage-to-stage conversion funnel of a period.
 */
package org.crm4j.core.pipeline;
