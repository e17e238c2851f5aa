package org.crm4j.examples.console;

import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host's generic operation: a row of its {@link ActivityLog} and one crm4j call in one Spring transaction,
 * committed or rolled back together (see {@link HostTransactionDataSource}). The row is written first, so a
 * crm4j refusal also takes it back.
 */
@Service
class HostOperations {

    private final ActivityLog activity;

    HostOperations(ActivityLog activity) {
        this.activity = Objects.requireNonNull(activity, "activity");
    }

    /**
     * @param username who acts
     * @param what     the host's description of the action, at most {@value ActivityLog#MAX_WHAT_LENGTH}
     *                 characters
     * @param crm4j    the crm4j call
     * @param <T>      its result
     * @return what the call returned, after the common commit
     */
    @Transactional
    public <T> T run(String username, String what, Supplier<T> crm4j) {
        activity.record(username, what.length() > ActivityLog.MAX_WHAT_LENGTH
                ? what.substring(0, ActivityLog.MAX_WHAT_LENGTH) : what);
        return crm4j.get();
    }
}
