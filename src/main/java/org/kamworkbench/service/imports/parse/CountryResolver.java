package org.kamworkbench.service.imports.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.kamworkbench.service.message.Sentence;

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
        String key = key(value);
        if (key.isEmpty() || NOT_AVAILABLE.contains(Text.strip(value).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String code = Codes.MAP.get(key);
        return code != null ? code : Names.MAP.get(key);
    }

    /**
     * The countries a name of several countries stands for ("Jersey (JE) and Guernsey (GG)" for the Channel Islands),
     * as a phrase of the service bundle, or null: such a value is no one country, and the user must say which.
     */
    public static Sentence severalCountries(String value) {
        String key = value == null ? null : SEVERAL.get(key(value));
        return key == null ? null : Sentence.of(key);
    }

    private static final Map<String, String> SEVERAL = Map.of(
            "channelislands", "country.channelIslands",
            "britishislands", "country.britishIslands");

    /**
     * The matching key: case, accents and punctuation ignored, and the connective of "Trinidad and Tobago",
     * "Trinidad & Tobago", "Trinité-et-Tobago", "Bosnien und Herzegowina", "Trinidad y Tobago" dropped.
     */
    private static String key(String value) {
        StringBuilder b = new StringBuilder();
        for (String token : value.replace('&', ' ').replace('-', ' ').split("\\s+")) {
            if (!CONNECTIVES.contains(token.toLowerCase(Locale.ROOT))) {
                b.append(token).append(' ');
            }
        }
        return Text.key(b.toString());
    }

    /** "not available", which would otherwise read as Namibia's code NA. */
    private static final java.util.Set<String> NOT_AVAILABLE = java.util.Set.of("n/a", "n.a.", "n. a.", "n.a", "#n/a");

    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("and", "und", "et", "e", "y");

    /** ISO codes and abbreviations: cheap, and enough for most CRM exports. */
    private static final class Codes {
        static final Map<String, String> MAP = build();

        private static Map<String, String> build() {
            Map<String, String> map = new HashMap<>(1024);
            String[] countries = Locale.getISOCountries();
            for (String c : countries) {
                map.put(key(c), c);
            }
            for (String c : countries) {
                try {
                    map.putIfAbsent(key(new Locale("", c).getISO3Country()), c);
                } catch (java.util.MissingResourceException e) {
                    // a code without an alpha-3 form: the alpha-2 form still resolves
                }
            }
            java.util.Set<String> known = java.util.Set.of(countries);
            aliases().forEach((alias, c) -> {
                if (known.contains(c)) {
                    map.putIfAbsent(key(alias), c);
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
                    String key = key(new Locale("", c).getDisplayCountry(l));
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
        exportAliases(a);
        officialNames(a);
        return a;
    }

    /** Names ERP and CRM exports use that the JDK does not know (ISO short names, old and local forms). */
    private static void exportAliases(Map<String, String> a) {
        String[][] pairs = {
            {"EIRE", "IE"}, {"Republic of Ireland", "IE"}, {"RSA", "ZA"}, {"Republic of South Africa", "ZA"},
            {"Russian Federation", "RU"}, {"Federazione Russa", "RU"}, {"Russische Föderation", "RU"},
            {"Fédération de Russie", "RU"}, {"Federación de Rusia", "RU"},
            {"Korea, Republic of", "KR"}, {"Korea (South)", "KR"}, {"Korea Rep.", "KR"}, {"Republik Korea", "KR"},
            {"Repubblica di Corea", "KR"}, {"République de Corée", "KR"}, {"República de Corea", "KR"},
            {"Korea, Democratic People's Republic of", "KP"}, {"North Korea", "KP"},
            {"Democratic People's Republic of Korea", "KP"},
            {"Viet Nam", "VN"}, {"Macao", "MO"}, {"Macao SAR", "MO"}, {"Macau SAR", "MO"},
            {"Macao SAR China", "MO"}, {"Hong Kong SAR", "HK"}, {"Hong Kong SAR China", "HK"},
            {"Syrian Arab Republic", "SY"}, {"Iran, Islamic Republic of", "IR"}, {"Islamic Republic of Iran", "IR"},
            {"Tanzania, United Republic of", "TZ"}, {"United Republic of Tanzania", "TZ"},
            {"Bolivia, Plurinational State of", "BO"}, {"Venezuela, Bolivarian Republic of", "VE"},
            {"Moldova, Republic of", "MD"}, {"Republic of Moldova", "MD"}, {"Lao People's Democratic Republic", "LA"},
            {"Lao PDR", "LA"}, {"Taiwan, Province of China", "TW"}, {"Republic of China", "TW"},
            {"Congo, The Democratic Republic of the", "CD"}, {"Democratic Republic of the Congo", "CD"},
            {"Republic of the Congo", "CG"}, {"Congo, Republic of the", "CG"},
            {"Micronesia, Federated States of", "FM"}, {"Palestine, State of", "PS"},
            {"Holy See (Vatican City State)", "VA"}, {"Brunei Darussalam", "BN"}, {"Cabo Verde", "CV"},
            {"Czech Rep.", "CZ"}, {"Czechia", "CZ"}, {"Türkiye", "TR"}, {"Republic of Türkiye", "TR"},
            {"Côte d'Ivoire", "CI"}, {"Cote d Ivoire", "CI"}, {"Elfenbeinküste", "CI"}, {"Costa d'Avorio", "CI"},
            {"Costa de Marfil", "CI"}, {"Eswatini", "SZ"}, {"North Macedonia", "MK"},
            {"Republic of North Macedonia", "MK"}, {"Myanmar (Burma)", "MM"}, {"Timor-Leste", "TL"},
            {"East Timor", "TL"}, {"St. Kitts and Nevis", "KN"}, {"St Kitts and Nevis", "KN"},
            {"St. Lucia", "LC"}, {"St Lucia", "LC"}, {"St. Vincent and the Grenadines", "VC"},
            {"Saint Vincent and the Grenadines", "VC"}, {"Sao Tome and Principe", "ST"},
            {"Turks and Caicos", "TC"}, {"Heard Island and McDonald Islands", "HM"}, {"Virgin Islands, British", "VG"}, {"British Virgin Islands", "VG"},
            {"Virgin Islands, U.S.", "VI"}, {"US Virgin Islands", "VI"}, {"Falkland Islands (Malvinas)", "FK"},
            {"Slovak Republic", "SK"}, {"Kyrgyz Republic", "KG"}, {"The Gambia", "GM"}, {"Gambia, The", "GM"},
            {"The Bahamas", "BS"}, {"Bahamas, The", "BS"}};
        for (String[] p : pairs) {
            a.put(p[0], p[1]);
        }
    }

    /** The official (long) names of the countries an EU/US business deals with most, in EN, IT, FR, DE and ES. */
    private static void officialNames(Map<String, String> a) {
        String[][] pairs = {
            {"Federal Republic of Germany", "DE"}, {"Bundesrepublik Deutschland", "DE"},
            {"Repubblica Federale di Germania", "DE"}, {"République fédérale d'Allemagne", "DE"},
            {"República Federal de Alemania", "DE"},
            {"Italian Republic", "IT"}, {"Repubblica Italiana", "IT"}, {"Italienische Republik", "IT"},
            {"République italienne", "IT"}, {"República Italiana", "IT"},
            {"French Republic", "FR"}, {"République française", "FR"}, {"Französische Republik", "FR"},
            {"Repubblica francese", "FR"}, {"República Francesa", "FR"},
            {"Kingdom of Spain", "ES"}, {"Reino de España", "ES"}, {"Königreich Spanien", "ES"},
            {"Regno di Spagna", "ES"}, {"Royaume d'Espagne", "ES"},
            {"Swiss Confederation", "CH"}, {"Schweizerische Eidgenossenschaft", "CH"},
            {"Confédération suisse", "CH"}, {"Confederazione Svizzera", "CH"}, {"Confederación Suiza", "CH"},
            {"Republic of Austria", "AT"}, {"Republik Österreich", "AT"}, {"Repubblica d'Austria", "AT"},
            {"République d'Autriche", "AT"}, {"República de Austria", "AT"},
            {"Kingdom of the Netherlands", "NL"}, {"Koninkrijk der Nederlanden", "NL"},
            {"Königreich der Niederlande", "NL"}, {"Regno dei Paesi Bassi", "NL"}, {"Royaume des Pays-Bas", "NL"},
            {"Reino de los Países Bajos", "NL"},
            {"Kingdom of Belgium", "BE"}, {"Königreich Belgien", "BE"}, {"Royaume de Belgique", "BE"},
            {"Regno del Belgio", "BE"}, {"Reino de Bélgica", "BE"},
            {"Portuguese Republic", "PT"}, {"República Portuguesa", "PT"},
            {"Republic of Poland", "PL"}, {"Republik Polen", "PL"}, {"Repubblica di Polonia", "PL"},
            {"Kingdom of Sweden", "SE"}, {"Kingdom of Denmark", "DK"}, {"Kingdom of Norway", "NO"},
            {"Republic of Finland", "FI"}, {"Hellenic Republic", "GR"}, {"Grand Duchy of Luxembourg", "LU"},
            {"Großherzogtum Luxemburg", "LU"}, {"Grand-Duché de Luxembourg", "LU"},
            {"Granducato di Lussemburgo", "LU"}, {"Principality of Liechtenstein", "LI"},
            {"Principality of Monaco", "MC"}, {"Republic of San Marino", "SM"}, {"Repubblica di San Marino", "SM"},
            {"Vatican City State", "VA"}, {"Stato della Città del Vaticano", "VA"},
            {"Repubblica Ceca", "CZ"}, {"Tschechische Republik", "CZ"}, {"République tchèque", "CZ"},
            {"República Checa", "CZ"}, {"Republic of Hungary", "HU"}, {"Romania", "RO"},
            {"Republic of Bulgaria", "BG"}, {"Republic of Croatia", "HR"}, {"Republic of Slovenia", "SI"},
            {"Republic of Turkey", "TR"}, {"Republic of India", "IN"}, {"Republic of Korea", "KR"},
            {"People's Republic of China", "CN"}, {"Volksrepublik China", "CN"},
            {"Repubblica Popolare Cinese", "CN"}, {"République populaire de Chine", "CN"},
            {"República Popular China", "CN"}, {"Federative Republic of Brazil", "BR"},
            {"United Mexican States", "MX"}, {"Estados Unidos Mexicanos", "MX"}, {"Argentine Republic", "AR"},
            {"Commonwealth of Australia", "AU"}, {"State of Israel", "IL"}, {"Kingdom of Saudi Arabia", "SA"},
            {"Arab Republic of Egypt", "EG"}, {"Kingdom of Morocco", "MA"}, {"Republic of Singapore", "SG"},
            {"Estados Unidos de América", "US"}, {"États-Unis d'Amérique", "US"},
            {"Reino Unido de Gran Bretaña e Irlanda del Norte", "GB"},
            {"Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "GB"},
            {"Vereinigtes Königreich Großbritannien und Nordirland", "GB"},
            {"Regno Unito di Gran Bretagna e Irlanda del Nord", "GB"}};
        for (String[] p : pairs) {
            a.put(p[0], p[1]);
        }
    }
}
