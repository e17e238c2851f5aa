package org.crm4j.core.product;

import org.crm4j.core.Money;

/**
 * Command: create a product. Holds the input as entered; {@link ProductService#create(NewProduct)} validates it.
 *
 * @param sku          the product code, unique per CRM (case-insensitive), see {@link Sku}
 * @param name         the name, 1 to 200 characters after trimming
 * @param price        the unit price, not negative
 * @param initialStock the units in stock, not negative
 */
public record NewProduct(String sku, String name, Money price, int initialStock) {
}
