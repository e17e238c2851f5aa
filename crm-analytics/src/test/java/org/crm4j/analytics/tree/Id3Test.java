package org.crm4j.analytics.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ID3 against Quinlan's (1986) PlayTennis example, whose gains and tree are published. */
class Id3Test {

    private static final String[] ATTRIBUTES = {"Outlook", "Temperature", "Humidity", "Wind"};

    /** The 14 rows of {@code tree/play_tennis.csv}: four attributes, then the label. */
    private static final String[][] TABLE = load();

    private static String[][] load() {
        try (var reader = new BufferedReader(new InputStreamReader(
                Id3Test.class.getResourceAsStream("/tree/play_tennis.csv"), StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.lines().filter(l -> !l.startsWith("#") && !l.startsWith("Day"))
                    .forEach(l -> rows.add(Arrays.copyOfRange(l.split(","), 1, 6)));
            return rows.toArray(new String[0][]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[][] rows() {
        return Arrays.stream(TABLE).map(r -> Arrays.copyOf(r, 4)).toArray(String[][]::new);
    }

    private static String[] labels() {
        return Arrays.stream(TABLE).map(r -> r[4]).toArray(String[]::new);
    }

    @Test
    void informationGain_playTennisRoot_matchesQuinlan() {
        assertEquals(14, TABLE.length);
        assertEquals(0.246, Id3.informationGain(rows(), labels(), 0), 0.001);
        assertEquals(0.029, Id3.informationGain(rows(), labels(), 1), 0.001);
        assertEquals(0.151, Id3.informationGain(rows(), labels(), 2), 0.001);
        assertEquals(0.048, Id3.informationGain(rows(), labels(), 3), 0.001);
    }

    @Test
    void fit_playTennis_isThePublishedTree() {
        Id3Model model = Id3.fit(rows(), labels(), ATTRIBUTES);
        assertEquals("""
                Outlook = Sunny AND Humidity = High -> No
                Outlook = Sunny AND Humidity = Normal -> Yes
                Outlook = Overcast -> Yes
                Outlook = Rain AND Wind = Weak -> Yes
                Outlook = Rain AND Wind = Strong -> No
                """, model.toText());
        assertEquals(5, model.leafCount());
        assertEquals(2, model.depth());
    }

    @Test
    void predict_playTennis_reproducesAllFourteenDays() {
        Id3Model model = Id3.fit(rows(), labels(), ATTRIBUTES);
        String[][] rows = rows();
        String[] labels = labels();
        for (int i = 0; i < rows.length; i++) {
            assertEquals(labels[i], model.predict(rows[i]), "day D" + (i + 1));
        }
    }

    @Test
    void predict_doesNotModifyInputs() {
        String[][] rows = rows();
        String[] labels = labels();
        Id3Model model = Id3.fit(rows, labels, ATTRIBUTES);
        model.predict(rows[0]);
        assertTrue(Arrays.deepEquals(rows(), rows));
        assertTrue(Arrays.equals(labels(), labels));
    }

    @Test
    void fit_pureLabels_isSingleLeaf() {
        Id3Model model = Id3.fit(new String[][] {{"a"}, {"b"}}, new String[] {"Yes", "Yes"}, new String[] {"A"});
        assertEquals("-> Yes\n", model.toText());
        assertEquals(0, model.depth());
    }

    @Test
    void fit_valueAbsentAtNode_predictsParentMajority() {
        // Wind = Strong never occurs under Outlook = Sunny here: that branch predicts the Sunny majority.
        String[][] rows = {{"Rain", "Strong"}, {"Rain", "Weak"}, {"Rain", "Calm"}, {"Rain", "Strong"},
            {"Rain", "Weak"}, {"Sunny", "Weak"}, {"Sunny", "Weak"}, {"Sunny", "Calm"}};
        String[] labels = {"Yes", "Yes", "Yes", "Yes", "Yes", "No", "No", "Yes"};
        Id3Model model = Id3.fit(rows, labels, new String[] {"Outlook", "Wind"});
        assertEquals("No", model.predict(new String[] {"Sunny", "Strong"}));
    }

    @Test
    void fit_empty() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Id3.fit(new String[0][], new String[0], ATTRIBUTES));
        assertEquals("rows must have at least one row, was empty", e.getMessage());
    }

    @Test
    void fit_raggedRow() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Id3.fit(new String[][] {{"a", "b"}, {"a"}}, new String[] {"x", "y"}, new String[] {"A", "B"}));
        assertEquals("rows must be rectangular: rows[1] has 1 values, expected 2", e.getMessage());
    }

    @Test
    void fit_nullLabel() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Id3.fit(new String[][] {{"a"}, {"b"}}, new String[] {"x", null}, new String[] {"A"}));
        assertEquals("labels[1] must not be null", e.getMessage());
    }

    @Test
    void fit_labelsLengthMismatch() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Id3.fit(new String[][] {{"a"}, {"b"}}, new String[] {"x"}, new String[] {"A"}));
        assertEquals("labels must have length 2 (the number of rows), was 1", e.getMessage());
    }

    @Test
    void predict_unseenValue() {
        Id3Model model = Id3.fit(rows(), labels(), ATTRIBUTES);
        var e = assertThrows(IllegalArgumentException.class,
                () -> model.predict(new String[] {"Foggy", "Hot", "High", "Weak"}));
        assertEquals("row[0] = \"Foggy\" is not a value of attribute Outlook seen in training "
                + "[Sunny, Overcast, Rain]", e.getMessage());
    }

    @Test
    void predict_wrongLength() {
        Id3Model model = Id3.fit(rows(), labels(), ATTRIBUTES);
        var e = assertThrows(IllegalArgumentException.class, () -> model.predict(new String[] {"Sunny"}));
        assertEquals("row must have length 4 (the number of attributes), was 1", e.getMessage());
    }

    @Test
    void informationGain_attributeOutOfRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> Id3.informationGain(rows(), labels(), 4));
        assertEquals("attribute must be in [0, 4), was 4", e.getMessage());
    }
}
