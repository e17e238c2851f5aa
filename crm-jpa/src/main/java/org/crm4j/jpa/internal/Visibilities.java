package org.crm4j.jpa.internal;

import java.util.List;
import org.crm4j.core.security.RecordType;
import org.crm4j.core.security.Scope;
import org.crm4j.core.security.Visibility;

/** The SQL of {@link Visibility#permits}: an {@code EXISTS} on {@code crm_record_owner}, inside the search query. */
final class Visibilities {

    private Visibilities() {
    }

    /**
     * Appends the criterion to a native WHERE clause.
     *
     * @param where      the clause so far
     * @param parameters its positional parameters
     * @param type       the owned record type
     * @param idColumn   the record's id column, for example {@code "c.id"}
     * @param visibility the user's visibility
     */
    static void append(StringBuilder where, List<Object> parameters, RecordType type, String idColumn,
            Visibility visibility) {
        where.append(" AND EXISTS (SELECT 1 FROM crm_record_owner ro WHERE ro.record_type = ? AND ro.record_id = ")
                .append(idColumn).append(" AND (ro.owner_id = ?");
        parameters.add(type.name());
        parameters.add(visibility.user().value());
        visibility.team().ifPresent(team -> {
            where.append(" OR (ro.team = ?");
            parameters.add(team);
            if (visibility.scope() == Scope.OWN) {
                where.append(" AND ro.shared = ?");
                parameters.add(Boolean.TRUE);
            }
            where.append(')');
        });
        where.append("))");
    }
}
