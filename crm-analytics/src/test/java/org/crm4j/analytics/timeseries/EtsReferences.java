package org.crm4j.analytics.timeseries;

import java.util.List;
import java.util.Map;

/**
 * Loads the golden values written by {@code src/test/resources/timeseries/ets/make_ets_references.R} (R 4.2.2,
 * forecast 8.20): the series, {@code ets()}'s automatic choice, its forecasts and every candidate model.
 */
final class EtsReferences {

    /** The 13 classic series of the comparison with R, in the order of the report. */
    static final List<String> CLASSIC = List.of("AirPassengers", "USAccDeaths", "ldeaths", "nottem", "UKgas",
            "JohnsonJohnson", "co2", "austres", "LakeHuron", "Nile", "WWWusage", "BJsales", "lynx");

    private EtsReferences() {
    }

    static List<Map<String, String>> table(String name) {
        return RReferences.table("ets/" + name);
    }

    static double[] series(String name) {
        return table("ets_series.csv").stream().filter(r -> r.get("series").equals(name))
                .mapToDouble(r -> Double.parseDouble(r.get("value"))).toArray();
    }

    static int frequency(String name) {
        return table("ets_series.csv").stream().filter(r -> r.get("series").equals(name))
                .mapToInt(r -> Integer.parseInt(r.get("frequency"))).findFirst().orElseThrow();
    }

    static Map<String, String> auto(String name) {
        return table("ets_auto.csv").stream().filter(r -> r.get("series").equals(name)).findFirst().orElseThrow();
    }

    static List<Map<String, String>> forecasts(String name) {
        return table("ets_forecasts.csv").stream().filter(r -> r.get("series").equals(name)).toList();
    }
}
