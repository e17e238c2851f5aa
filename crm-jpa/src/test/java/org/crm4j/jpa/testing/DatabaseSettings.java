package org.crm4j.jpa.testing;

import java.util.Locale;
import org.crm4j.jpa.internal.Dialect;

/**
 * Connection settings of a shared test server, read from system properties, then environment variables, then the
 * defaults for the local servers: {@code crm4j.<db>.url|user|password} or {@code CRM4J_<DB>_URL|USER|PASSWORD}.
 *
 * @param url      JDBC URL of the server's database to connect to first
 * @param user     user name
 * @param password password, empty for none
 */
record DatabaseSettings(String url, String user, String password) {

    static DatabaseSettings of(Dialect dialect) {
        return switch (dialect) {
            case H2 -> new DatabaseSettings("jdbc:h2:mem:", "sa", "");
            case POSTGRESQL -> resolve(dialect, "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
            case MARIADB -> resolve(dialect, "jdbc:mariadb://127.0.0.1:3306/test", "root", "");
        };
    }

    private static DatabaseSettings resolve(Dialect dialect, String url, String user, String password) {
        return new DatabaseSettings(setting(dialect, "url", url), setting(dialect, "user", user),
                setting(dialect, "password", password));
    }

    private static String setting(Dialect dialect, String key, String fallback) {
        String property = "crm4j." + dialect.folder() + "." + key;
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null ? fallback : value;
    }

    /**
     * Whether the build asked for a database: H2 always, the others when named in the system property
     * {@code crm4j.databases} (set by {@code -Pdatabases}).
     */
    static boolean requested(Dialect dialect) {
        if (dialect == Dialect.H2) {
            return true;
        }
        String listed = System.getProperty("crm4j.databases", "");
        for (String name : listed.split(",")) {
            if (name.trim().equalsIgnoreCase(dialect.folder())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return url + " as " + user;
    }
}
