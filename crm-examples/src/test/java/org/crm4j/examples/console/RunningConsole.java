package org.crm4j.examples.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The console, started once per test JVM on a free port and a fresh H2 file database in a temporary directory,
 * with a {@value #DEMO} demo company, shared by the console's test classes (starting Spring Boot and writing the
 * demo cost seconds); stopped when the JVM exits. {@link #as} makes a test's own crm4j calls act for a demo user,
 * as the console's requests do.
 */
final class RunningConsole {

    /** The size of the demo company the test console writes at start. */
    static final String DEMO = "TINY";

    private static ConfigurableApplicationContext context;

    private RunningConsole() {
    }

    /** @return the running console's application context */
    static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            Path directory;
            try {
                directory = Files.createTempDirectory("crm4j-console-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty("org.jboss.logging.provider", "slf4j");
            context = SpringApplication.run(ConsoleApplication.class, "--server.port=0",
                    "--crm4j.console.dir=" + directory, "--crm4j.console.demo=" + DEMO);
            ConfigurableApplicationContext started = context;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return context;
    }

    /** @return the console's base URL, {@code http://127.0.0.1:PORT} */
    static String url() {
        return "http://127.0.0.1:" + context().getEnvironment().getRequiredProperty("local.server.port");
    }

    /**
     * Runs crm4j calls of a test as a demo user signed in to Spring Security on this thread (the console's
     * {@link ConsoleSecurityContext} reads it), so the records they create are owned by that user.
     *
     * @param username a demo user of {@link ConsoleUser}
     * @param work     the calls
     * @param <T>      their result
     * @return what the calls returned
     */
    static <T> T as(String username, Supplier<T> work) {
        ConsoleUser user = ConsoleUser.named(username).orElseThrow();
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()))));
        SecurityContextHolder.setContext(signedIn);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /**
     * @param work crm4j calls that check what the console did, as the system user (sees everything)
     * @param <T>  their result
     * @return what the calls returned
     */
    static <T> T asSystem(Supplier<T> work) {
        return ConsoleSecurityContext.asSystem(work);
    }

    /**
     * @param type a bean type
     * @param <T>  the type
     * @return the console's bean of that type
     */
    static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}
