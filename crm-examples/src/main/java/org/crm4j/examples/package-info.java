/** Runnable crm4j examples; {@link org.crm4j.examples.QuickStart} is the first one to read. */
package org.crm4j.examples;
