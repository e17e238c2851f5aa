/**
 * Products: the {@link org.crm4j.core.product.Product} aggregate (SKU, name, price, stock, active flag), its
 * commands, the {@link org.crm4j.core.product.ProductService} and the
 * {@link org.crm4j.core.product.ProductRepository} port with its atomic stock operations.
 */
package org.crm4j.core.product;
