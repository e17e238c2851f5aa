package org.crm4j.core.automation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crm4j.core.Require;
import org.crm4j.core.Transactions;
import org.crm4j.core.ticket.BusinessCalendar;
import org.crm4j.core.ticket.SlaMeasure;
import org.crm4j.core.ticket.Ticket;
import org.crm4j.core.ticket.TicketId;
import org.crm4j.core.ticket.TicketPriority;
import org.crm4j.core.ticket.TicketRepository;
import org.crm4j.core.ticket.TicketSettings;
import org.crm4j.core.ticket.TicketSla;
import org.crm4j.core.ticket.TicketStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The automation over the ports; one run in one transaction. */
final class DefaultServiceAutomation implements ServiceAutomation {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceAutomation.class);

    private final ServiceQueue queue;
    private final TicketRepository tickets;
    private final TicketSettings settings;
    private final AutomationRules rules;
    private final Transactions transactions;
    private final Map<String, Team> teams;
    private final Map<String, AssignmentRule> byCategory;

    DefaultServiceAutomation(ServiceQueue queue, TicketRepository tickets, TicketSettings settings,
            AutomationRules rules, Transactions transactions) {
        this.queue = queue;
        this.tickets = tickets;
        this.settings = settings;
        this.rules = rules;
        this.transactions = transactions;
        this.teams = rules.teamsByName();
        this.byCategory = rules.rulesByCategory();
    }

    @Override
    public AutomationRules rules() {
        return rules;
    }

    @Override
    public List<EscalationFlag> flags(TicketId ticket) {
        Require.nonNull("ticketId", ticket);
        return transactions.inTransaction(() -> queue.flagsOf(ticket));
    }

    @Override
    public AutomationReport run(Instant now) {
        Require.nonNull("now", now);
        return transactions.inTransaction(() -> {
            Map<TicketId, Ticket> changed = new LinkedHashMap<>();
            List<AutoAssignment> assigned = new ArrayList<>();
            List<Escalation> escalated = new ArrayList<>();
            List<TicketId> closed = new ArrayList<>();
            assign(now, changed, assigned);
            escalate(now, changed, escalated);
            rules.autoCloseAfter().ifPresent(after -> {
                for (Ticket ticket : queue.resolvedUntil(now.minus(after))) {
                    changed.put(ticket.id(), ticket.moveTo(TicketStatus.CLOSED, now, settings.reopenWindow()));
                    closed.add(ticket.id());
                }
            });
            for (Ticket ticket : changed.values()) {
                tickets.update(ticket);
            }
            AutomationReport report = new AutomationReport(now, assigned, escalated, closed);
            LOG.debug("Service automation at {}: {} assigned, {} escalated, {} closed", now, assigned.size(),
                    escalated.size(), closed.size());
            return report;
        });
    }

    private void assign(Instant now, Map<TicketId, Ticket> changed, List<AutoAssignment> assigned) {
        if (byCategory.isEmpty()) {
            return;
        }
        List<Ticket> unassigned = queue.unassigned(byCategory.keySet());
        if (unassigned.isEmpty()) {
            return;
        }
        boolean leastLoaded = byCategory.values().stream()
                .anyMatch(rule -> rule.strategy() == AssignmentStrategy.LEAST_LOADED);
        Map<String, Long> load = new HashMap<>(leastLoaded ? queue.unsolvedByAssignee() : Map.of());
        Map<String, Long> turns = new HashMap<>();
        for (Ticket ticket : unassigned) {
            AssignmentRule rule = byCategory.get(ticket.category());
            Team team = teams.get(rule.team());
            String member = switch (rule.strategy()) {
                case ROUND_ROBIN -> {
                    long turn = turns.computeIfAbsent(team.name(), queue::turn);
                    turns.put(team.name(), turn + 1);
                    yield team.members().get((int) Math.floorMod(turn, (long) team.members().size()));
                }
                case LEAST_LOADED -> leastLoaded(team, load);
            };
            load.merge(member, 1L, Long::sum);
            changed.put(ticket.id(), ticket.assign(Optional.of(member), Optional.of(team.name()), now));
            assigned.add(new AutoAssignment(ticket.id(), team.name(), member));
        }
        turns.forEach(queue::setTurn);
    }

    private static String leastLoaded(Team team, Map<String, Long> load) {
        String best = team.members().get(0);
        for (String member : team.members()) {
            if (load.getOrDefault(member, 0L) < load.getOrDefault(best, 0L)) {
                best = member;
            }
        }
        return best;
    }

    private void escalate(Instant now, Map<TicketId, Ticket> changed, List<Escalation> escalated) {
        if (rules.escalation().isEmpty() || settings.serviceLevels().isEmpty()) {
            return;
        }
        EscalationRule rule = rules.escalation().get();
        BusinessCalendar calendar = settings.serviceLevels().get().calendar();
        // measure every candidate from what its targets depend on; load whole only the tickets to escalate
        Map<TicketId, List<EscalationFlag>> due = new LinkedHashMap<>();
        for (EscalationCandidate candidate : queue.escalationCandidates()) {
            if (now.isBefore(candidate.createdAt())) {
                continue;
            }
            Set<List<Object>> flagged = new HashSet<>();
            for (EscalationFlag flag : candidate.flags()) {
                flagged.add(List.of(flag.target(), flag.level()));
            }
            TicketSla sla = candidate.sla(calendar, now);
            Map<SlaTarget, SlaMeasure> measures = new LinkedHashMap<>();
            if (candidate.firstResponseAt().isEmpty()) {
                measures.put(SlaTarget.FIRST_RESPONSE, sla.firstResponse());
            }
            measures.put(SlaTarget.RESOLUTION, sla.resolution());
            for (Map.Entry<SlaTarget, SlaMeasure> measure : measures.entrySet()) {
                Optional<EscalationLevel> level = level(measure.getValue(), rule);
                if (level.isPresent() && flagged.add(List.of(measure.getKey(), level.get()))) {
                    due.computeIfAbsent(candidate.id(), id -> new ArrayList<>())
                            .add(new EscalationFlag(candidate.id(), measure.getKey(), level.get(), now));
                }
            }
        }
        if (due.isEmpty()) {
            return;
        }
        Map<TicketId, Ticket> whole = new HashMap<>();
        List<TicketId> toLoad = due.keySet().stream().filter(id -> !changed.containsKey(id)).toList();
        for (Ticket ticket : toLoad.isEmpty() ? List.<Ticket>of() : queue.tickets(toLoad)) {
            whole.put(ticket.id(), ticket);
        }
        List<EscalationFlag> flags = new ArrayList<>();
        for (Map.Entry<TicketId, List<EscalationFlag>> entry : due.entrySet()) {
            Ticket ticket = changed.containsKey(entry.getKey()) ? changed.get(entry.getKey())
                    : whole.get(entry.getKey());
            if (ticket == null) {
                continue; // gone since it was measured (another transaction): nothing to escalate
            }
            for (EscalationFlag flag : entry.getValue()) {
                if (rule.raisePriority() && ticket.priority() != TicketPriority.URGENT) {
                    ticket = ticket.changePriority(TicketPriority.values()[ticket.priority().ordinal() + 1], now);
                }
                Optional<Team> team = ticket.team().map(teams::get);
                if (rule.reassignToLead() && team.isPresent()
                        && !ticket.assignee().equals(Optional.of(team.get().lead()))) {
                    ticket = ticket.assign(Optional.of(team.get().lead()), ticket.team(), now);
                }
                changed.put(ticket.id(), ticket);
                flags.add(flag);
                escalated.add(new Escalation(ticket.id(), flag.target(), flag.level(), ticket.priority(),
                        ticket.assignee()));
            }
        }
        if (!flags.isEmpty()) {
            queue.addFlags(flags);
        }
    }

    private static Optional<EscalationLevel> level(SlaMeasure measure, EscalationRule rule) {
        if (measure.state() == SlaMeasure.State.BREACHED) {
            return Optional.of(EscalationLevel.BREACHED);
        }
        if (measure.state() == SlaMeasure.State.RUNNING && measure.left().compareTo(rule.leadTime()) <= 0) {
            return Optional.of(EscalationLevel.AT_RISK);
        }
        return Optional.empty();
    }
}
