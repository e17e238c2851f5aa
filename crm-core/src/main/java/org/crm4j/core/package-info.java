/**
 * The entry point of crm4j core and the types every feature shares.
 *
 * <ul>
 *   <li>The {@link org.crm4j.core.CrmException} hierarchy of domain failures:
 *       {@link org.crm4j.core.ValidationException} (field and rule), {@link org.crm4j.core.NotFoundException},
 *       {@link org.crm4j.core.DuplicateException}, {@link org.crm4j.core.ConcurrentUpdateException}. A service
 *       operation that throws one has changed nothing.</li>
 *   <li>Values: {@link org.crm4j.core.Money}, {@link org.crm4j.core.PageRequest}, {@link org.crm4j.core.Sort},
 *       {@link org.crm4j.core.Page}.</li>
 *   <li>Injected collaborators: {@link org.crm4j.core.IdGenerator} and the {@link org.crm4j.core.Transactions}
 *       port.</li>
 * </ul>
 */
package org.crm4j.core;
