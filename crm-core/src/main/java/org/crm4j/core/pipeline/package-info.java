/**
 * Reports of the sales pipeline: opportunities by stage (count, amount, probability-weighted amount) per owner and
 * currency, weighted expected revenue by close month, and win rate and average deal size per owner.
 */
package org.crm4j.core.pipeline;
