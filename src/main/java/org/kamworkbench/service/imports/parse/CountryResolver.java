package org.kamworkbench.service.imports.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the ways exports write a country into ISO 3166-1 alpha-2: codes (DE, DEU), names in
 * English, Italian, French, German and the other languages the JDK knows ("Deutschland",
 * "Italia", "Schweiz", "España"), and common abbreviations ("USA", "U.S.", "UK", "UAE").
 * Matching ignores case, accents and punctuation.
 */
public final class CountryResolver {
    /** Languages whose country names are known; loading each costs the JDK's locale data, so only on demand. */
    private static final String[] LANGUAGES = {"en", "it", "fr", "de", "es", "pt", "nl", "sv", "da", "nb", "fi", "pl",
        "cs", "hu", "ro", "el", "tr", "ru", "ja", "zh", "ko"};

    private CountryResolver() {
    }

    /** The alpha-2 code, or null when the value names no country we know. */
    public static String iso2(String value) {
        if (value == null) {
            return null;
        }
        String key = Text.key(value);
        if (key.isEmpty()) {
            return null;
        }
        String code = Codes.MAP.get(key);
        return code != null ? code : Names.MAP.get(key);
    }

    /** ISO codes and abbreviations: cheap, and enough for most CRM exports. */
    private static final class Codes {
        static final Map<String, String> MAP = build();

        private static Map<String, String> build() {
            Map<String, String> map = new HashMap<>(1024);
            String[] countries = Locale.getISOCountries();
            for (String c : countries) {
                map.put(Text.key(c), c);
            }
            for (String c : countries) {
                try {
                    map.putIfAbsent(Text.key(new Locale("", c).getISO3Country()), c);
                } catch (java.util.MissingResourceException e) {
                    // a code without an alpha-3 form: the alpha-2 form still resolves
                }
            }
            java.util.Set<String> known = java.util.Set.of(countries);
            aliases().forEach((alias, c) -> {
                if (known.contains(c)) {
                    map.putIfAbsent(Text.key(alias), c);
                }
            });
            map.remove("");
            return map;
        }
    }

    /** Country names in many languages, built the first time a value is not a code (about half a second). */
    private static final class Names {
        static final Map<String, String> MAP = build();

        private static Map<String, String> build() {
            Map<String, String> map = new HashMap<>(8192);
            String[] countries = Locale.getISOCountries();
            for (String language : LANGUAGES) {
                Locale l = new Locale(language);
                for (String c : countries) {
                    String key = Text.key(new Locale("", c).getDisplayCountry(l));
                    if (!key.isEmpty() && !Codes.MAP.containsKey(key)) {
                        map.putIfAbsent(key, c);
                    }
                }
            }
            return map;
        }
    }

    private static Map<String, String> aliases() {
        Map<String, String> a = new HashMap<>();
        for (String s : new String[] {"USA", "U.S.", "U.S.A.", "United States of America", "America",
                "Vereinigte Staaten von Amerika", "Stati Uniti d'America", "Etats-Unis d'Amerique"}) {
            a.put(s, "US");
        }
        for (String s : new String[] {"UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales",
                "Northern Ireland", "Grossbritannien", "Gran Bretagna", "Grande-Bretagne", "Inghilterra",
                "Angleterre", "United Kingdom of Great Britain and Northern Ireland"}) {
            a.put(s, "GB");
        }
        a.put("UAE", "AE");
        a.put("U.A.E.", "AE");
        a.put("Emirates", "AE");
        a.put("Holland", "NL");
        a.put("The Netherlands", "NL");
        a.put("Czech Republic", "CZ");
        a.put("Tschechische Republik", "CZ");
        a.put("Repubblica Ceca", "CZ");
        a.put("South Korea", "KR");
        a.put("Korea", "KR");
        a.put("Republic of Korea", "KR");
        a.put("Russia", "RU");
        a.put("Turkey", "TR");
        a.put("Turkiye", "TR");
        a.put("Vietnam", "VN");
        a.put("Ivory Coast", "CI");
        a.put("Swaziland", "SZ");
        a.put("Macedonia", "MK");
        a.put("Burma", "MM");
        a.put("Hong Kong", "HK");
        a.put("Macau", "MO");
        a.put("Taiwan", "TW");
        a.put("Iran", "IR");
        a.put("Syria", "SY");
        a.put("Laos", "LA");
        a.put("Moldova", "MD");
        a.put("Bolivia", "BO");
        a.put("Venezuela", "VE");
        a.put("Tanzania", "TZ");
        a.put("Vatican", "VA");
        a.put("Kosovo", "XK");
        a.put("Bosnia", "BA");
        a.put("Bosnia-Herzegovina", "BA");
        a.put("Congo-Kinshasa", "CD");
        a.put("DR Congo", "CD");
        a.put("DRC", "CD");
        a.put("Congo-Brazzaville", "CG");
        a.put("PRC", "CN");
        a.put("Mainland China", "CN");
        return a;
    }
}
