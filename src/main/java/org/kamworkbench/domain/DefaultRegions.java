package org.kamworkbench.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The region mapping a new workspace starts with: AMER, APAC, and EMEA for everything else. */
public final class DefaultRegions {
    private static final Set<String> AMER = Set.of(
            "AG", "AI", "AR", "AW", "BB", "BL", "BM", "BO", "BQ", "BR", "BS", "BZ", "CA", "CL", "CO", "CR",
            "CU", "CW", "DM", "DO", "EC", "FK", "GD", "GF", "GL", "GP", "GS", "GT", "GY", "HN", "HT", "JM",
            "KN", "KY", "LC", "MF", "MQ", "MS", "MX", "NI", "PA", "PE", "PM", "PR", "PY", "SR", "SV", "SX",
            "TC", "TT", "UM", "US", "UY", "VC", "VE", "VG", "VI");
    private static final Set<String> APAC = Set.of(
            "AF", "AS", "AU", "BD", "BN", "BT", "CC", "CK", "CN", "CX", "FJ", "FM", "GU", "HK", "ID", "IN",
            "IO", "JP", "KG", "KH", "KI", "KP", "KR", "KZ", "LA", "LK", "MH", "MM", "MN", "MO", "MP", "MV",
            "MY", "NC", "NF", "NP", "NR", "NU", "NZ", "PF", "PG", "PH", "PK", "PN", "PW", "SB", "SG", "TH",
            "TJ", "TK", "TL", "TM", "TO", "TV", "TW", "UZ", "VN", "VU", "WF", "WS");

    private DefaultRegions() {
    }

    public static String regionOf(String country) {
        if (AMER.contains(country)) {
            return "AMER";
        }
        return APAC.contains(country) ? "APAC" : "EMEA";
    }

    /** Every ISO 3166-1 alpha-2 country with its default region. */
    public static Map<String, String> mapping() {
        Map<String, String> map = new TreeMap<>();
        for (String country : Locale.getISOCountries()) {
            map.put(country, regionOf(country));
        }
        return map;
    }
}
