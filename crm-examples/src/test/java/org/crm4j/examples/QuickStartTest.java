package org.crm4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick start runs, prints its summary, and runs again on the database it left. */
class QuickStartTest {

    @Test
    void run_twice_createsThenReusesTheDatabase(@TempDir Path temp) {
        Path directory = temp.resolve("crm4j-data");

        String first = run(directory);
        assertTrue(first.startsWith("Creating a new crm4j database in " + directory), first);
        assertTrue(first.contains("Recorded 6 sales."), first);
        assertTrue(first.contains("1. Dee Turing     102.00 EUR  (2 sales)"), first);
        assertTrue(first.contains("POT-1  Cast-iron teapot            7"), first);
        assertTrue(first.contains("Ada Lovelace -> Bob Babbage -> Cid Hopper -> Dee Turing"), first);
        assertTrue(first.contains("3 members, 1 responded, 1 converted"), first);
        assertTrue(first.contains("Pipeline: lead Eve Knuth converted, opportunity \"Tea for the tea rooms\" CLOSED_WON"
                + " with 1 sale."), first);
        assertTrue(first.contains("4. Eve Knuth       34.50 EUR  (1 sale)"), first);

        String second = run(directory);
        assertTrue(second.startsWith("Reusing the crm4j database in " + directory), second);
        assertTrue(second.contains("1. Dee Turing     204.00 EUR  (4 sales)"), second);
        assertTrue(second.contains("POT-1  Cast-iron teapot            4"), second);
        assertTrue(second.contains("Eve Knuth       69.00 EUR  (2 sales)"), second);
    }

    private static String run(Path directory) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            QuickStart.run(directory, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
