package org.crm4j.examples.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crm4j.core.Crm;
import org.crm4j.core.DuplicateException;
import org.crm4j.core.ValidationException;
import org.crm4j.core.customer.NewCustomer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A host operation (a row of the console's own table) and a crm4j operation in one Spring transaction commit or
 * roll back together, on the host's data source. Each test acts as the signed-in {@code admin}, as a request would.
 */
class HostTransactionTest {

    @BeforeEach
    void signIn() {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private final Crm crm = RunningConsole.bean(Crm.class);
    private final ActivityLog activity = RunningConsole.bean(ActivityLog.class);
    private final CustomerOperations operations = RunningConsole.bean(CustomerOperations.class);
    private final TransactionTemplate tx = new TransactionTemplate(RunningConsole.bean(PlatformTransactionManager.class));

    @Test
    void register_commitsTheCustomerAndTheHostsRow() {
        operations.register("admin", NewCustomer.of("Both Committed", "both@tx.example"));

        assertTrue(crm.customers().findByEmail("both@tx.example").isPresent());
        assertEquals(1, activity.count("both@tx.example"));
    }

    @Test
    void register_crm4jRefuses_theHostsRowIsRolledBackToo() {
        assertThrows(ValidationException.class,
                () -> operations.register("admin", NewCustomer.of("", "refused@tx.example")));

        assertEquals(0, activity.count("refused@tx.example"), "the host's row, written first, was rolled back");
        assertTrue(crm.customers().findByEmail("refused@tx.example").isEmpty());
    }

    @Test
    void hostFailsAfterCrm4j_theCustomerIsRolledBackToo() {
        assertThrows(DataAccessException.class, () -> tx.executeWithoutResult(status -> {
            crm.customers().register(NewCustomer.of("Host Fails", "hostfails@tx.example"));
            activity.record("admin", "x".repeat(ActivityLog.MAX_WHAT_LENGTH + 1)); // too long for the column
        }));

        assertTrue(crm.customers().findByEmail("hostfails@tx.example").isEmpty(),
                "crm4j's customer was rolled back with the host's failed insert");
    }

    @Test
    void hostCatchesCrm4jsRefusal_theHostsCommitBecomesARollback() {
        crm.customers().register(NewCustomer.of("Taken", "taken@tx.example"));

        assertThrows(UnexpectedRollbackException.class, () -> tx.executeWithoutResult(status -> {
            activity.record("admin", "caught the refusal of caught@tx.example");
            crm.customers().register(NewCustomer.of("Caught", "caught@tx.example"));
            try {
                crm.customers().register(NewCustomer.of("Taken Again", "taken@tx.example"));
            } catch (DuplicateException expected) {
                // the host swallows crm4j's refusal and tries to commit
            }
        }));

        assertTrue(crm.customers().findByEmail("caught@tx.example").isEmpty(), "nothing half-committed");
        assertEquals(0, activity.count("caught@tx.example"));
    }

    @Test
    void nobodySignedIn_crm4jRefusesEverything_andNothingIsWritten() {
        SecurityContextHolder.clearContext();

        org.crm4j.core.security.AccessDeniedException refused = assertThrows(
                org.crm4j.core.security.AccessDeniedException.class,
                () -> operations.register("nobody", NewCustomer.of("Nobody's", "nobody@tx.example")));

        assertEquals("anonymous [] lacks permission CUSTOMER_WRITE for CustomerService.register", refused.getMessage());
        assertEquals(0, activity.count("nobody@tx.example"), "the host's row was rolled back with the refusal");
        assertTrue(RunningConsole.asSystem(() -> crm.customers().findByEmail("nobody@tx.example")).isEmpty());
    }

    @Test
    void withoutAHostTransaction_crm4jCommitsByItself() {
        crm.customers().register(NewCustomer.of("Alone", "alone@tx.example"));

        assertTrue(tx.execute(status -> crm.customers().findByEmail("alone@tx.example")).isPresent());
    }
}
