/**
 * Bulk import of customers, products and sales: the {@link org.crm4j.core.imports.ImportService} (all or nothing,
 * the first refused row named with its field in an {@link org.crm4j.core.imports.ImportException}) and the
 * {@link org.crm4j.core.imports.ImportRepository} port that stores imported customers and products in batches.
 * Reading files is left to callers; crm-examples reads and writes CSV.
 */
package org.crm4j.core.imports;
