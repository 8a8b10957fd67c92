package org.kamworkbench.service.demo;

import java.util.List;

/**
 * A country of the demo portfolio: its billing currency, how many accounts it gets (weight), the
 * key account manager who covers it, and what its company names are made of.
 *
 * @param industryWords the local word for each of {@link #INDUSTRIES}, same order
 */
record DemoCountry(String code, String currency, int weight, String owner, List<String> roots,
                   List<String> industryWords, List<String> legalForms) {

    static final List<String> INDUSTRIES = List.of("Automotive", "Chemicals", "Food & Beverage", "Logistics",
            "Machinery", "Pharmaceuticals", "Energy", "Retail", "Telecommunications", "Construction");

    private static final List<String> ENGLISH = List.of("Automotive", "Chemicals", "Foods", "Logistics",
            "Machinery", "Pharma", "Energy", "Retail", "Telecom", "Construction");
    private static final List<String> GERMAN = List.of("Automobil", "Chemie", "Lebensmittel", "Logistik",
            "Maschinenbau", "Pharma", "Energie", "Handel", "Telekom", "Bau");
    private static final List<String> ITALIAN = List.of("Automotive", "Chimica", "Alimentari", "Logistica",
            "Meccanica", "Farmaceutici", "Energia", "Distribuzione", "Telecomunicazioni", "Costruzioni");
    private static final List<String> FRENCH = List.of("Automobile", "Chimie", "Alimentaire", "Logistique",
            "Mécanique", "Pharma", "Énergie", "Distribution", "Télécom", "Construction");
    private static final List<String> SPANISH = List.of("Automoción", "Química", "Alimentación", "Logística",
            "Maquinaria", "Farma", "Energía", "Distribución", "Telecomunicaciones", "Construcciones");
    private static final List<String> DUTCH = List.of("Automotive", "Chemie", "Voeding", "Logistiek",
            "Machinebouw", "Pharma", "Energie", "Retail", "Telecom", "Bouw");

    static final List<DemoCountry> ALL = List.of(
            new DemoCountry("DE", "EUR", 17, "Lukas Berger", List.of("Rheinwerk", "Nordstahl", "Weber", "Hofmann",
                    "Brandt", "Kessler", "Elbtal", "Schwarzwald", "Lindner", "Falkenberg", "Donau", "Isartal"),
                    GERMAN, List.of("GmbH", "AG", "GmbH & Co. KG")),
            new DemoCountry("IT", "EUR", 14, "Marco Rossi", List.of("Tessari", "Ferraro", "Lombarda", "Marini",
                    "Adriatica", "Colombo", "Bassi", "Monteverde", "Galli", "Romagnoli", "Pellegrini", "Euganea"),
                    ITALIAN, List.of("S.p.A.", "S.r.l.")),
            new DemoCountry("FR", "EUR", 11, "Sophie Laurent", List.of("Lefèvre", "Dauphiné", "Moreau", "Garonne",
                    "Bréval", "Lacroix", "Provençale", "Fontaine", "Marchand", "Loire"),
                    FRENCH, List.of("SA", "SAS")),
            new DemoCountry("ES", "EUR", 6, "Elena García", List.of("Ibérica", "Navarro", "Cantábrica", "Ortega",
                    "Levante", "Soler", "Andaluza", "Vidal"), SPANISH, List.of("S.A.", "S.L.")),
            new DemoCountry("NL", "EUR", 5, "Lukas Berger", List.of("Van Dijk", "Zeeland", "De Vries", "Hollandia",
                    "Bakker", "Amstel", "Visser"), DUTCH, List.of("B.V.", "N.V.")),
            new DemoCountry("AT", "EUR", 3, "Lukas Berger", List.of("Tiroler", "Wachau", "Steirer", "Gruber",
                    "Salzach"), GERMAN, List.of("GmbH", "AG")),
            new DemoCountry("GB", "GBP", 12, "Tom Whitfield", List.of("Pennine", "Ashford", "Thames", "Whitmore",
                    "Caledonian", "Harrington", "Severn", "Northgate", "Kingsley", "Wessex"),
                    ENGLISH, List.of("Ltd", "plc")),
            new DemoCountry("CH", "CHF", 6, "Anna Keller", List.of("Helvetia", "Zürcher", "Bernina", "Matterhorn",
                    "Keller", "Jura", "Rigi"), GERMAN, List.of("AG", "SA")),
            new DemoCountry("US", "USD", 16, "James Carter", List.of("Summit", "Lakeshore", "Pioneer", "Redwood",
                    "Keystone", "Bayview", "Granite", "Liberty", "Cascade", "Hudson", "Prairie", "Atlas"),
                    ENGLISH, List.of("Inc.", "Corp.", "LLC")),
            new DemoCountry("CA", "USD", 4, "James Carter", List.of("Maple Leaf", "Laurentian", "Fraser",
                    "Algonquin", "Northshore"), ENGLISH, List.of("Inc.", "Ltd.")),
            new DemoCountry("JP", "JPY", 6, "Yuki Tanaka", List.of("Sakura", "Fujimoto", "Nakamura", "Hoshino",
                    "Kansai", "Yamato", "Shirakawa"), ENGLISH, List.of("K.K.", "Co., Ltd.")));
}
