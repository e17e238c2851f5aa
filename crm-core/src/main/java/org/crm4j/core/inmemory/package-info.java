/**
 * The in-memory adapter: every port of {@link org.crm4j.core.CrmPorts} over plain maps, behind
 * {@link org.crm4j.core.inmemory.InMemoryPorts#create()} and {@link org.crm4j.core.Crm#inMemory()}. For tests,
 * demos and small tools.
 *
 * <p>Thread-safe: one lock serialises every transaction and every port call, and a transaction keeps an undo log
 * so that a unit of work that throws leaves no trace. Not exported by the module; the classes here are
 * package-private except the factory.
 */
package org.crm4j.core.inmemory;
