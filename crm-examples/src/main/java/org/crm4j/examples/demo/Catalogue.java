package org.crm4j.examples.demo;

import java.util.List;

/**
 * The demo company's products: a tea and coffee shop. Each product has a popularity weight, a seasonal profile
 * (demand multiplied by {@code 1 + amplitude cos(2π (month − peak) / 12)}) and possibly a complement bought with it
 * in the same basket with a planted probability.
 */
final class Catalogue {

    /**
     * One product.
     *
     * @param sku        the SKU
     * @param name       the name
     * @param price      the price in EUR, as text
     * @param weight     the popularity weight
     * @param peak       the month of peak demand, 1 to 12
     * @param amplitude  the seasonal amplitude, in [0, 1)
     * @param equipment  bought one at a time (equipment), else 1 to 3 units (consumables)
     * @param complement the SKU bought with it, or null
     * @param together   the probability that the complement joins the basket
     */
    record Item(String sku, String name, String price, double weight, int peak, double amplitude, boolean equipment,
                String complement, double together) {

        double seasonal(int month) {
            return 1 + amplitude * Math.cos(2 * Math.PI * (month - peak) / 12.0);
        }
    }

    static final List<Item> ITEMS = List.of(
            new Item("DEMO-TEA-ASSAM", "Assam black tea, 250 g", "8.90", 10, 1, 0.3, false, null, 0),
            new Item("DEMO-TEA-EARL", "Earl Grey, 250 g", "9.50", 9, 12, 0.25, false, null, 0),
            new Item("DEMO-TEA-SENCHA", "Sencha green tea, 100 g", "11.00", 7, 5, 0.2, false, null, 0),
            new Item("DEMO-TEA-MATCHA", "Ceremonial matcha, 30 g", "24.00", 4, 4, 0.3, false, "DEMO-ACC-WHISK", 0.8),
            new Item("DEMO-ACC-WHISK", "Bamboo matcha whisk", "18.00", 0.5, 4, 0.3, true, null, 0),
            new Item("DEMO-TEA-CHAI", "Masala chai, 200 g", "10.50", 6, 12, 0.6, false, null, 0),
            new Item("DEMO-TEA-ICED", "Iced tea blend, 500 g", "12.00", 6, 7, 0.9, false, null, 0),
            new Item("DEMO-TEA-MINT", "Peppermint, 100 g", "6.50", 5, 2, 0.3, false, null, 0),
            new Item("DEMO-TEA-ROOIBOS", "Rooibos vanilla, 200 g", "7.90", 5, 11, 0.3, false, null, 0),
            new Item("DEMO-TEA-ADVENT", "Advent tea calendar", "29.00", 3, 11, 0.95, false, null, 0),
            new Item("DEMO-COF-BEANS", "Espresso beans, 1 kg", "22.00", 8, 1, 0.1, false, null, 0),
            new Item("DEMO-COF-GROUND", "Filter coffee, ground, 500 g", "9.90", 7, 1, 0.1, false, null, 0),
            new Item("DEMO-COF-COLD", "Cold brew coffee, 1 l", "7.50", 4, 7, 0.9, false, null, 0),
            new Item("DEMO-EQ-PRESS", "French press, 1 l", "34.00", 2, 12, 0.4, true, "DEMO-COF-GROUND", 0.75),
            new Item("DEMO-EQ-GRINDER", "Burr coffee grinder", "89.00", 1, 12, 0.5, true, null, 0),
            new Item("DEMO-EQ-TEAPOT", "Cast-iron teapot", "39.00", 2, 12, 0.5, true, "DEMO-ACC-STRAINER", 0.85),
            new Item("DEMO-ACC-STRAINER", "Stainless tea strainer", "6.00", 0.5, 12, 0.2, true, null, 0),
            new Item("DEMO-ACC-CUP", "Porcelain cup", "8.50", 4, 12, 0.3, true, null, 0),
            new Item("DEMO-ACC-FILTER", "Paper filters, 100", "3.50", 5, 1, 0.0, false, null, 0),
            new Item("DEMO-SWEET-HONEY", "Acacia honey, 500 g", "9.00", 4, 1, 0.3, false, null, 0),
            new Item("DEMO-SWEET-BISCUIT", "Almond biscuits, 200 g", "4.90", 6, 12, 0.3, false, null, 0),
            new Item("DEMO-EQ-KETTLE", "Gooseneck kettle", "59.00", 1, 12, 0.5, true, null, 0));

    private Catalogue() {
    }

    /**
     * @param sku a SKU of the catalogue
     * @return its index in {@link #ITEMS}
     * @throws IllegalArgumentException if there is none
     */
    static int index(String sku) {
        for (int i = 0; i < ITEMS.size(); i++) {
            if (ITEMS.get(i).sku().equals(sku)) {
                return i;
            }
        }
        throw new IllegalArgumentException("sku must be in the demo catalogue, was " + sku);
    }
}
