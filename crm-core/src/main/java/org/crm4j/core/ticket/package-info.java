/**
 * Customer service: the {@link org.crm4j.core.ticket.Ticket} aggregate (complaints, questions, requests, incidents
 * with their status, resolution, comment thread and histories), {@link org.crm4j.core.ticket.NewTicket},
 * {@link org.crm4j.core.ticket.TicketSettings}, the {@link org.crm4j.core.ticket.TicketService} and the
 * {@link org.crm4j.core.ticket.TicketRepository} port; and service levels: a
 * {@link org.crm4j.core.ticket.BusinessCalendar} (working hours per weekday in a time zone, dated and annual
 * holidays) that adds and measures business time, {@link org.crm4j.core.ticket.Pause}s during which the clock stops
 * (a ticket waiting for the customer), the {@link org.crm4j.core.ticket.SlaPolicy} with first-response and
 * resolution {@link org.crm4j.core.ticket.SlaTargets} per {@link org.crm4j.core.ticket.TicketPriority} (optionally
 * per category), and {@link org.crm4j.core.ticket.SlaMeasure}, the due time, time left and breach state of one
 * target.
 */
package org.crm4j.core.ticket;
