package org.crm4j.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code crm_team_turn}: how many tickets a team's round robin has handed out; mapped. */
@Entity(name = "TeamTurn")
@Table(name = "crm_team_turn")
class TeamTurnEntity {

    @Id
    @Column(name = "team", nullable = false, length = 100)
    String team;

    @Column(name = "handed_out", nullable = false)
    long handedOut;

    TeamTurnEntity() {
    }
}
