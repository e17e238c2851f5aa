package org.crm4j.core.contract;

import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Small QuickTheories building blocks shared by the command generators: strings over an alphabet, nulls, sets. */
final class Text {

    private Text() {
    }

    /**
     * @param alphabet  the characters to draw from; shrinking moves towards the first one
     * @param minLength the shortest length
     * @param maxLength the longest length
     * @return strings of characters of {@code alphabet}
     */
    static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
        return lists().of(Generate.pick(chars)).ofSizeBetween(minLength, maxLength)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /**
     * @param from the first character
     * @param to   the last character
     * @return the characters from {@code from} to {@code to}, both included, e.g. {@code range('a', 'z') + "+_"}
     */
    static String range(char from, char to) {
        StringBuilder s = new StringBuilder();
        for (char c = from; c <= to; c++) {
            s.append(c);
        }
        return s.toString();
    }

    /**
     * @param gen         the values
     * @param percentNull how often {@code null} comes instead, in percent
     * @return the values of {@code gen} or null; shrinking moves towards null
     */
    static <T> Gen<T> orNull(Gen<T> gen, int percentNull) {
        return gen.toOptionals(percentNull).map(o -> o.orElse(null));
    }

    /**
     * @param element the elements
     * @param maxSize the largest size
     * @return sets of up to {@code maxSize} elements (fewer when the drawn elements repeat), in drawing order
     */
    static <T> Gen<Set<T>> sets(Gen<T> element, int maxSize) {
        return lists().of(element).ofSizeBetween(0, maxSize)
                .map(l -> Collections.unmodifiableSet(new LinkedHashSet<>(l)));
    }
}
