package org.crm4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.crm4j.core.customer.CustomerSort;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void of_withoutSort_sortsById() {
        assertEquals(Optional.empty(), PageRequest.<CustomerSort>of(0, 10).sort());
    }

    @Test
    void of_withSort_keepsTheTypedKey() {
        PageRequest<CustomerSort> request = PageRequest.of(1, 10, Sort.desc(CustomerSort.NAME));

        assertEquals(Optional.of(new Sort<>(CustomerSort.NAME, Sort.Direction.DESC)), request.sort());
        assertEquals("name DESC", request.sort().orElseThrow().toString());
    }

    @Test
    void of_nullSort_isRefused() {
        assertEquals("sort", assertThrows(ValidationException.class,
                () -> PageRequest.<CustomerSort>of(0, 10, null)).field());
    }

    @Test
    void of_sizeOneThousand_isAccepted() {
        assertEquals(1000, PageRequest.of(0, 1000).size());
    }

    @Test
    void of_sizeAboveOneThousand_namesFieldRuleAndValue() {
        ValidationException e = assertThrows(ValidationException.class, () -> PageRequest.of(0, 1001));

        assertEquals("size must be in [1, 1000], was 1001", e.getMessage());
    }

    @Test
    void offset_thirdPage_isTwoPagesIn() {
        assertEquals(40, PageRequest.of(2, 20).offset());
    }

    @Test
    void slice_middlePage_hasItsElementsAndTheTotals() {
        Page<Integer> page = Page.slice(List.of(1, 2, 3, 4, 5), PageRequest.of(1, 2));

        assertEquals(List.of(3, 4), page.content());
        assertEquals(5, page.totalElements());
        assertEquals(3, page.totalPages());
        assertTrue(page.hasNext());
    }

    @Test
    void slice_lastPage_hasNoNext() {
        assertFalse(Page.slice(List.of(1, 2, 3), PageRequest.of(1, 2)).hasNext());
    }

    @Test
    void sort_withoutKey_isRefused() {
        assertEquals("sort.key", assertThrows(ValidationException.class, () -> Sort.asc(null)).field());
    }
}
