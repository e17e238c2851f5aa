/**
 * Activities: calls, e-mails, meetings and notes that happened, and tasks due on a day, each about a customer, a
 * lead or an opportunity. They are the main entries of a customer's timeline.
 */
package org.crm4j.core.activity;
