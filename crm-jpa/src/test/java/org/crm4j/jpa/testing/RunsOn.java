package org.crm4j.jpa.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.crm4j.jpa.internal.Dialect;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that needs a database server: it runs on H2 always, and on PostgreSQL or MariaDB only when
 * the build names that database in {@code crm4j.databases} ({@code mvn verify -Pdatabases}). When it runs, an
 * unreachable server fails the tests; nothing is skipped silently.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(DatabaseCondition.class)
public @interface RunsOn {
    /** @return the database the annotated class needs */
    Dialect value();
}
