package org.crm4j.examples.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The console, started once per test JVM on a free port and a fresh H2 file database in a temporary directory,
 * shared by the console's test classes (starting Spring Boot costs seconds); stopped when the JVM exits.
 */
final class RunningConsole {

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
                    "--crm4j.console.dir=" + directory);
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
     * @param type a bean type
     * @param <T>  the type
     * @return the console's bean of that type
     */
    static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }
}
