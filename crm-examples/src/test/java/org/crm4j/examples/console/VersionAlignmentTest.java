package org.crm4j.examples.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hibernate.Version;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

/**
 * Spring Boot's BOM, imported by crm-examples alone, changes none of the versions crm4j is built with: the console
 * runs on the parent pom's Hibernate ({@code hibernate.version}, not Boot's own) and on the Boot version the parent
 * names ({@code spring-boot.version}); both are passed in by Surefire from the pom.
 */
class VersionAlignmentTest {

    @Test
    void hibernate_isTheReactorsVersion() {
        assertEquals(System.getProperty("crm4j.hibernate.version"), Version.getVersionString());
    }

    @Test
    void springBoot_isTheParentsVersion() {
        assertEquals(System.getProperty("crm4j.spring-boot.version"), SpringBootVersion.getVersion());
    }
}
