/**
 * Contract suites for the ports and services of crm4j core, published in crm-core's test-jar. An adapter runs
 * them by extending each suite and implementing {@link org.crm4j.core.contract.PortsContract#newPorts()}; the
 * in-memory adapter runs them all in {@code org.crm4j.core.inmemory}.
 */
package org.crm4j.core.contract;
