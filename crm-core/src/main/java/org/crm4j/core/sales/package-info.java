/**
 * Sales: the {@link org.crm4j.core.sales.Sale} record of a customer buying (or returning) a product, the
 * {@link org.crm4j.core.sales.SalesService} that records sales with an atomic stock decrement, and the
 * {@link org.crm4j.core.sales.SaleRepository} port. Sales history is never deleted.
 */
package org.crm4j.core.sales;
