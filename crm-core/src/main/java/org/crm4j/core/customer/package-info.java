/**
 * Customers: the {@link org.crm4j.core.customer.Customer} aggregate with its value objects (e-mail address, phone
 * number, gender, lifecycle stage, consent per channel, tags), the commands and the
 * {@link org.crm4j.core.customer.CustomerService}, and the {@link org.crm4j.core.customer.CustomerRepository} port
 * that adapters implement.
 */
package org.crm4j.core.customer;
