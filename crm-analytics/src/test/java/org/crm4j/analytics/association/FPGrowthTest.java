package org.crm4j.analytics.association;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FPGrowthTest extends FrequentItemsetMinerContract {

    @Override
    <T> FrequentItemsets<T> mine(List<? extends Collection<? extends T>> transactions, double minSupport) {
        return FPGrowth.mine(transactions, minSupport);
    }

    @Override
    <T> FrequentItemsets<T> mine(List<? extends Collection<? extends T>> transactions, int minCount, int maxLength) {
        return FPGrowth.mine(transactions, MiningOptions.defaults().withMinCount(minCount).withMaxLength(maxLength));
    }

    @Override
    <T> FrequentItemsets<T> mine(List<? extends Collection<? extends T>> transactions, double minSupport,
                                 int maxLength) {
        return FPGrowth.mine(transactions,
                MiningOptions.defaults().withMaxLength(maxLength).withMinSupport(minSupport));
    }

    @Test
    void mine_nullOptions() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> FPGrowth.mine(List.of(Set.of("a")), (MiningOptions) null));
        assertEquals("options must not be null", e.getMessage());
    }

    @Test
    void options_defaults() {
        assertEquals(new MiningOptions(0.1, 0, Integer.MAX_VALUE), MiningOptions.defaults());
    }

    @Test
    void options_withMinCount_replacesMinSupport() {
        assertEquals(new MiningOptions(0, 4, 3),
                MiningOptions.defaults().withMaxLength(3).withMinCount(4));
        assertEquals(new MiningOptions(0.2, 0, 3),
                MiningOptions.defaults().withMinCount(4).withMaxLength(3).withMinSupport(0.2));
    }

    @Test
    void options_bothThresholds() {
        var e = assertThrows(IllegalArgumentException.class, () -> new MiningOptions(0.5, 3, 2));
        assertEquals("minSupport and minCount are exclusive (the unused one must be 0), were 0.5 and 3",
                e.getMessage());
    }

    @Test
    void options_negativeMinCount() {
        var e = assertThrows(IllegalArgumentException.class, () -> new MiningOptions(0, -2, 2));
        assertEquals("minCount must be >= 1, was -2", e.getMessage());
    }
}
