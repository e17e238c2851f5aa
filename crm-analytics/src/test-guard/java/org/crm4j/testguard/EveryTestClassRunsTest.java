package org.crm4j.testguard;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The build fails when a concrete test class of this module would never run.
 *
 * <p>The parent pom compiles this one source file into the tests of every module that has {@code src/test/java}
 * (profile {@code test-guard}). It loads every class compiled from the module's tests and keeps the concrete ones
 * that declare or inherit a test method (any annotation meta-annotated with {@link Testable}: {@code @Test},
 * {@code @ParameterizedTest}, {@code @RepeatedTest}, {@code @TestFactory}, {@code @TestTemplate}). It then asks the
 * JUnit Platform to discover the tests the way a build runs them: Surefire hands over the top-level classes whose
 * simple name matches its default includes ({@code Test*}, {@code *Test}, {@code *Tests}, {@code *TestCase}; nested
 * classes are excluded by name), and JUnit Jupiter adds their non-static {@link Nested @Nested} inner classes. A
 * concrete test class that discovery does not reach is reported with the reason, e.g. a static nested class (which
 * Surefire skips silently).
 *
 * <p>Discovery does not evaluate execution conditions, so classes that run only on request (crm-jpa's
 * {@code @RunsOn} database suites, enabled by {@code -Pdatabases}) count as run, and filtering with
 * {@code -Dtest=...} only decides whether this check itself runs. A module that changes Surefire's
 * {@code includes} or {@code excludes} must change {@link #SUREFIRE_INCLUDES} too.
 */
class EveryTestClassRunsTest {

    /** Simple names of the top-level classes Surefire runs by default. */
    static final Pattern SUREFIRE_INCLUDES = Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase");

    @Test
    void everyConcreteTestClass_isDiscovered() throws IOException {
        Path root = testClassesDirectory();
        List<Class<?>> compiled = compiledClasses(root);
        Set<String> testClasses = compiled.stream().filter(EveryTestClassRunsTest::isConcreteTestClass)
                .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> discovered = discovered(compiled.stream().filter(EveryTestClassRunsTest::isSurefireCandidate)
                .toList());
        Assertions.assertTrue(testClasses.contains(EveryTestClassRunsTest.class.getName()),
                () -> "the scan of " + root + " missed this class itself: " + testClasses);

        List<String> neverRun = new ArrayList<>();
        for (Class<?> c : compiled) {
            if (testClasses.contains(c.getName()) && !discovered.contains(c.getName())) {
                neverRun.add("  " + c.getName() + ": " + reason(c));
            }
        }
        Assertions.assertTrue(neverRun.isEmpty(), () -> neverRun.size() + " concrete test class(es) of "
                + root.getParent().getParent().getFileName() + " would never run (Surefire runs top-level classes"
                + " named Test*, *Test, *Tests or *TestCase, and JUnit adds their non-static @Nested inner"
                + " classes):\n" + String.join("\n", neverRun));
    }

    private static Path testClassesDirectory() {
        try {
            return Path.of(EveryTestClassRunsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the compiled tests", e);
        }
    }

    private static List<Class<?>> compiledClasses(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.map(root::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.endsWith("module-info.class")
                            && !f.endsWith("package-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace(root.getFileSystem()
                            .getSeparator(), "."))
                    .sorted().toList();
            List<Class<?>> classes = new ArrayList<>();
            for (String name : names) {
                try {
                    classes.add(Class.forName(name, false, EveryTestClassRunsTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException("cannot load compiled test class " + name, e);
                }
            }
            return classes;
        }
    }

    /** A class JUnit Jupiter could instantiate that declares or inherits at least one test method. */
    static boolean isConcreteTestClass(Class<?> c) {
        if (c.isInterface() || c.isEnum() || c.isRecord() || c.isAnnotation() || c.isAnonymousClass()
                || c.isLocalClass() || c.isSynthetic() || Modifier.isAbstract(c.getModifiers())) {
            return false;
        }
        List<Method> tests = ReflectionSupport.findMethods(c, m -> AnnotationSupport.isAnnotated(m, Testable.class),
                HierarchyTraversalMode.TOP_DOWN);
        return !tests.isEmpty();
    }

    private static boolean isSurefireCandidate(Class<?> c) {
        return !c.isMemberClass() && !c.isAnonymousClass() && !c.isLocalClass()
                && SUREFIRE_INCLUDES.matcher(c.getSimpleName()).matches();
    }

    /** The classes JUnit reaches from {@code candidates}, nested ones included. */
    private static Set<String> discovered(List<Class<?>> candidates) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(candidates.stream().map(DiscoverySelectors::selectClass).toList())
                .build();
        TestPlan plan = LauncherFactory.create().discover(request);
        Set<String> found = new TreeSet<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier id : plan.getDescendants(root)) {
                id.getSource().ifPresent(source -> found.add(className(source)));
            }
        }
        return found;
    }

    private static String className(TestSource source) {
        if (source instanceof ClassSource c) {
            return c.getClassName();
        }
        if (source instanceof MethodSource m) {
            return m.getClassName();
        }
        return "";
    }

    private static String reason(Class<?> c) {
        if (Modifier.isPrivate(c.getModifiers())) {
            return "private class; JUnit runs only non-private test classes";
        }
        if (c.isMemberClass() && Modifier.isStatic(c.getModifiers())) {
            return "static nested class; Surefire skips nested classes: make it a non-static @Nested inner class"
                    + " or a top-level class";
        }
        if (c.isMemberClass() && !AnnotationSupport.isAnnotated(c, Nested.class)) {
            return "inner class without @Nested";
        }
        if (c.isMemberClass()) {
            return "@Nested inside " + c.getEnclosingClass().getName() + ", which never runs itself";
        }
        if (!SUREFIRE_INCLUDES.matcher(c.getSimpleName()).matches()) {
            return "its name does not match Surefire's includes Test*, *Test, *Tests or *TestCase";
        }
        return "JUnit does not discover it (check its constructors and visibility)";
    }
}
