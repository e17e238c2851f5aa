package org.crm4j.core;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The types a compiled class refers to, read from its constant pool (JVM specification, chapter 4.4): every
 * {@code CONSTANT_Class} entry and every class named in a descriptor or generic signature (field and method
 * types, lambdas, annotations kept in the class file). What only javadoc or an unused import mentions is not
 * there; a type used in code always is, however it is written (fully qualified, {@code var}, a method reference).
 */
final class ClassDependencies {

    /** A class name inside a descriptor or signature: {@code Lorg/crm4j/core/Money;} or {@code Ljava/util/List<}. */
    private static final Pattern IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

    private ClassDependencies() {
    }

    /**
     * Every class of a directory of compiled classes with the types it refers to.
     *
     * @param classes for example {@code target/classes}
     * @return binary names ({@code org.crm4j.core.Crm$Builder}) mapped to the binary names they refer to, itself
     *         excluded
     */
    static Map<String, Set<String>> of(Path classes) {
        Map<String, Set<String>> all = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            files.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class"))
                    .forEach(file -> {
                        String name = classes.relativize(file).toString().replace(file.getFileSystem()
                                .getSeparator(), ".");
                        name = name.substring(0, name.length() - ".class".length());
                        Set<String> used = referencedTypes(file);
                        used.remove(name);
                        all.put(name, used);
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /**
     * @param classFile a {@code .class} file
     * @return the binary names of the classes it refers to
     */
    static Set<String> referencedTypes(Path classFile) {
        try (InputStream in = Files.newInputStream(classFile)) {
            return referencedTypes(new DataInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classFile, e);
        }
    }

    private static Set<String> referencedTypes(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor version
        in.readUnsignedShort(); // major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        Set<Integer> classNames = new HashSet<>();
        Set<Integer> stringLiterals = new HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNames.add(in.readUnsignedShort());
                case 8 -> stringLiterals.add(in.readUnsignedShort());
                case 16, 19, 20 -> in.readUnsignedShort(); // MethodType, Module, Package
                case 15 -> in.skipBytes(3); // MethodHandle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // long and double take two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        Set<String> types = new TreeSet<>();
        for (int index : classNames) {
            String name = utf8[index];
            if (name.startsWith("[")) {
                addFromDescriptor(name, types);
            } else {
                types.add(name.replace('/', '.'));
            }
        }
        for (int i = 1; i < count; i++) {
            if (utf8[i] != null && !classNames.contains(i) && !stringLiterals.contains(i)) {
                addFromDescriptor(utf8[i], types);
            }
        }
        return types;
    }

    private static void addFromDescriptor(String text, Set<String> types) {
        Matcher matcher = IN_DESCRIPTOR.matcher(text);
        while (matcher.find()) {
            types.add(matcher.group(1).replace('/', '.'));
        }
    }

    /**
     * @param binaryName for example {@code org.crm4j.core.Crm$Builder}
     * @return its package, {@code org.crm4j.core}
     */
    static String packageOf(String binaryName) {
        int dot = binaryName.lastIndexOf('.');
        return dot < 0 ? "" : binaryName.substring(0, dot);
    }

    /**
     * @param binaryName for example {@code org.crm4j.core.Crm$Builder}
     * @return the top-level class, {@code org.crm4j.core.Crm}
     */
    static String topLevelOf(String binaryName) {
        int dollar = binaryName.indexOf('$');
        return dollar < 0 ? binaryName : binaryName.substring(0, dollar);
    }
}
