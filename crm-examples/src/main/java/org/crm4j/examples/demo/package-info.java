/**
 * A generated demo company (a tea and coffee shop with three years of customers, sales, campaigns, pipeline,
 * tickets, surveys and relationships) with known planted truth: {@link org.crm4j.examples.demo.DemoCompany}.
 */
package org.crm4j.examples.demo;
