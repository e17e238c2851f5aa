/**
 * Customer-lifetime models for non-contractual settings (retail, e-commerce: customers leave without telling):
 * how many purchases a customer will make, whether she is still active, what she will spend, and her discounted
 * lifetime value.
 *
 * <ul>
 *   <li>{@link org.crm4j.analytics.lifetime.BgNbd} → {@link org.crm4j.analytics.lifetime.BgNbdModel}: the BG/NBD
 *       model of purchase counts and dropout from each customer's frequency, recency and age (Fader, Hardie &amp; Lee
 *       2005): {@code P(alive)}, expected purchases of new and existing customers.</li>
 *   <li>{@link org.crm4j.analytics.lifetime.GammaGamma} → {@link org.crm4j.analytics.lifetime.GammaGammaModel}: the
 *       Gamma-Gamma model of the mean transaction value of repeat customers (Fader &amp; Hardie 2013).</li>
 *   <li>{@link org.crm4j.analytics.lifetime.CustomerLifetimeValue}: the discounted CLV over a horizon from both.</li>
 * </ul>
 *
 * <p>Inputs are the usual RFM summary, one entry per customer, times in one unit chosen by the caller (days,
 * weeks) and measured from the customer's first purchase: {@code frequency} = number of repeat purchases
 * {@code x}, {@code recency} = time of the last repeat purchase {@code t_x} (0 without one), {@code age} = time
 * {@code T} from the first purchase to the end of the observation; for the monetary model the mean value of the
 * repeat purchases. Both fits are maximum likelihood by Newton's method with analytic derivatives and report
 * standard errors from the observed information, {@code converged()}, {@code iterations()} and an R-like
 * {@code summary()}. Models are immutable and thread-safe.
 *
 * <p>References: P. S. Fader, B. G. S. Hardie and K. L. Lee, "Counting Your Customers" the Easy Way, <i>Marketing
 * Science</i> 24(2) (2005) 275–284; P. S. Fader, B. G. S. Hardie and K. L. Lee, Computing P(alive) Using the BG/NBD
 * Model (2008, note); P. S. Fader and B. G. S. Hardie, The Gamma-Gamma Model of Monetary Value (2013, note);
 * P. S. Fader, B. G. S. Hardie and K. L. Lee, RFM and CLV: Using Iso-Value Curves for Customer Base Analysis,
 * <i>Journal of Marketing Research</i> 42(4) (2005) 415–430.
 */
package org.crm4j.analytics.lifetime;
