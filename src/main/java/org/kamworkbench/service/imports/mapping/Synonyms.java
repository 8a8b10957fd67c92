package org.kamworkbench.service.imports.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kamworkbench.service.imports.ImportKind;
import org.kamworkbench.service.imports.parse.Text;

/**
 * Header words in English, Italian, French and German for the fields of each kind (the
 * {@code generic} preset). Keys are compared after {@link Text#key}: case, accents, spaces and
 * punctuation do not matter. Earlier words rank higher when two headers claim one field.
 */
final class Synonyms {
    private Synonyms() {
    }

    static Map<String, String> of(ImportKind kind) {
        Map<String, String> m = new LinkedHashMap<>();
        switch (kind) {
            case ACCOUNTS -> accounts(m);
            case REVENUE -> revenue(m);
            case FX -> fx(m);
            case INFLATION -> inflation(m);
            case CONTACTS -> contacts(m);
            default -> throw new IllegalArgumentException(kind.name());
        }
        return m;
    }

    private static void accounts(Map<String, String> m) {
        add(m, Fields.EXTERNAL_ID, "external id", "account id", "account_id", "id", "customer id", "customer number",
                "customer no", "client id", "record id", "account number", "account no", "code", "customer code",
                "Kunden-Nr", "Kundennummer", "Kunden-ID", "Kd-Nr", "Debitor", "Debitorennummer", "Debitoren-Nr",
                "Codice cliente", "Cod. cliente", "ID cliente", "Numero cliente", "Codice",
                "Code client", "Numéro client", "N° client", "ID client", "Référence client", "Identifiant");
        add(m, Fields.NAME, "name", "account name", "company", "company name", "customer", "customer name", "client",
                "client name", "organisation", "organization", "account", "Firma", "Firmenname", "Unternehmen",
                "Kunde", "Kundenname", "Name 1", "Ragione sociale", "Denominazione", "Cliente", "Nome cliente",
                "Azienda", "Società", "Nome", "Raison sociale", "Société", "Nom", "Nom client", "Entreprise");
        add(m, Fields.OWNER, "owner", "account owner", "account manager", "key account manager", "KAM", "sales rep",
                "salesperson", "manager", "Verantwortlich", "Betreuer", "Kundenbetreuer", "Vertriebsmitarbeiter",
                "Außendienst", "Responsabile", "Commerciale", "Referente", "Proprietario",
                "Responsable", "Commercial", "Propriétaire", "Gestionnaire", "Chargé de compte");
        add(m, Fields.COUNTRY, "country", "country code", "billing country", "country/region", "Land", "Ländercode",
                "Staat", "Paese", "Nazione", "Stato", "Pays", "Code pays");
        add(m, Fields.REGION, "region", "sales region", "territory", "area", "Gebiet", "Vertriebsgebiet", "Regione",
                "Zona", "Territorio", "Région", "Territoire", "Zone");
        add(m, Fields.DIVISION, "division", "business unit", "segment", "BU", "Sparte", "Geschäftsbereich", "Bereich",
                "Divisione", "Unità di business", "Segmento", "Département", "Pôle");
        add(m, Fields.INDUSTRY, "industry", "sector", "vertical", "Branche", "Industrie", "Wirtschaftszweig",
                "Settore", "Industria", "Settore merceologico", "Secteur", "Secteur d'activité");
        add(m, Fields.TYPE, "type", "account type", "customer type", "Typ", "Kundentyp", "Kundenart", "Tipo",
                "Tipo cliente", "Type de client", "Type de compte");
        add(m, Fields.CURRENCY, "currency", "currency code", "currency iso code", "account currency", "ccy", "curr",
                "Währung", "Waehrung", "Valuta", "Divisa", "Devise", "Monnaie");
        add(m, Fields.ANNUAL_REVENUE, "annual revenue", "revenue", "turnover", "annual sales", "sales", "Umsatz",
                "Jahresumsatz", "Fatturato", "Fatturato annuo", "Ricavi", "Chiffre d'affaires", "CA",
                "Chiffre d'affaires annuel");
        add(m, Fields.EMPLOYEES, "employees", "number of employees", "employee count", "headcount", "staff", "FTE",
                "Mitarbeiter", "Mitarbeiteranzahl", "Anzahl Mitarbeiter", "Beschäftigte", "Dipendenti",
                "Numero dipendenti", "Addetti", "Effectif", "Effectifs", "Salariés", "Nombre de salariés",
                "Nombre d'employés");
        add(m, Fields.PARENT_EXTERNAL_ID, "parent id", "parent account id", "parent account", "parent",
                "parent company id", "Mutterkonzern", "Muttergesellschaft", "Konzern", "Capogruppo",
                "Società madre", "Maison mère", "Société mère", "Groupe");
        add(m, Fields.WEBSITE, "website", "web", "url", "domain", "company domain name", "homepage", "Webseite",
                "Internetseite", "Sito web", "Sito", "Site web", "Site internet");
    }

    private static void revenue(Map<String, String> m) {
        add(m, Fields.ACCOUNT, "account id", "account_id", "account", "external id", "customer id", "customer number",
                "customer no", "customer", "client id", "client", "sold-to", "sold-to party", "payer",
                "account number", "Kunden-Nr", "Kundennummer", "Kunde", "Debitor", "Debitorennummer", "Auftraggeber",
                "Codice cliente", "Cod. cliente", "Cliente", "ID cliente", "Code client", "Numéro client", "Client",
                "ID client");
        add(m, Fields.ACCOUNT_NAME, "account name", "customer name", "client name", "company", "company name", "name",
                "Kundenname", "Firma", "Ragione sociale", "Nome cliente", "Raison sociale", "Nom client");
        add(m, Fields.DATE, "date", "invoice date", "document date", "billing date", "posting date", "booking date",
                "transaction date", "order date", "sales date", "Datum", "Rechnungsdatum", "Belegdatum",
                "Buchungsdatum", "Auftragsdatum", "Bestelldatum", "Data", "Data fattura", "Data documento",
                "Data registrazione", "Data ordine", "Date facture", "Date de facture", "Date de commande",
                "Date comptable", "Fecha", "Fecha factura", "Fecha de factura", "Fecha de pedido");
        add(m, Fields.PERIOD, "period", "year-month", "yyyy-mm", "fiscal period", "Periode", "Zeitraum", "Periodo",
                "Période");
        add(m, Fields.YEAR, "year", "fiscal year", "FY", "Jahr", "Geschäftsjahr", "Anno", "Esercizio", "Année",
                "Exercice");
        add(m, Fields.MONTH, "month", "Monat", "Mese", "Mois");
        add(m, Fields.AMOUNT, "amount", "net amount", "amount net", "net", "revenue", "net revenue", "sales",
                "net sales", "value", "total", "line total", "line amount", "Betrag", "Nettobetrag", "Umsatz",
                "Wert", "Importo", "Importo netto", "Fatturato", "Ricavi", "Valore", "Montant", "Montant HT",
                "Chiffre d'affaires", "CA");
        add(m, Fields.CURRENCY, "currency", "currency code", "ccy", "curr", "Währung", "Waehrung", "Valuta", "Divisa",
                "Devise", "Monnaie");
        // without an amount column a line is worth quantity × unit price
        add(m, Fields.QUANTITY, "quantity", "qty", "units", "Menge", "Anzahl", "Stückzahl", "Quantità", "Qtà",
                "Qta", "Quantité", "Qté", "Cantidad");
        add(m, Fields.UNIT_PRICE, "unit price", "unitprice", "price", "price per unit", "net price",
                "Einzelpreis", "Preis", "Stückpreis", "Prezzo unitario", "Prezzo", "Prix unitaire", "Prix",
                "Precio unitario", "Precio");
        add(m, Fields.COUNTRY, "country", "country code", "billing country", "country/region", "Land", "Paese",
                "Nazione", "Pays", "País");
        add(m, Fields.DOCUMENT_ID, "invoice id", "invoice_id", "invoice", "invoice no", "invoice number",
                "document id", "document", "document no", "document number", "doc no", "Rechnungsnummer",
                "Rechnungs-Nr", "Beleg-Nr", "Belegnummer", "Numero fattura", "N. fattura", "Fattura",
                "Numero documento", "Numéro de facture", "N° facture", "Facture");
        add(m, Fields.PRODUCT_LINE, "product line", "product_line", "product", "product group", "product family",
                "product category", "Produktlinie", "Produkt", "Produktgruppe", "Linea di prodotto", "Prodotto",
                "Gruppo merceologico", "Ligne de produit", "Produit", "Gamme", "Famille de produits");
    }

    private static void fx(Map<String, String> m) {
        add(m, Fields.YEAR, "year", "fiscal year", "FY", "Jahr", "Anno", "Année");
        add(m, Fields.MONTH, "month", "Monat", "Mese", "Mois");
        add(m, Fields.PERIOD, "period", "year-month", "date", "valid from", "Periode", "Datum", "Periodo", "Data",
                "Période");
        add(m, Fields.CURRENCY, "currency", "currency code", "ccy", "curr", "from currency", "source currency",
                "foreign currency", "code", "iso code", "Währung", "Waehrung", "Valuta", "Divisa", "Devise",
                "Monnaie");
        add(m, Fields.RATE, "rate", "fx rate", "exchange rate", "average rate", "Kurs", "Wechselkurs",
                "Umrechnungskurs", "Cambio", "Tasso di cambio", "Tasso", "Taux", "Taux de change", "Cours");
    }

    private static void inflation(Map<String, String> m) {
        add(m, Fields.YEAR, "year", "fiscal year", "FY", "Jahr", "Anno", "Année");
        add(m, Fields.SCOPE, "scope", "currency or region", "currency", "region", "ccy", "Währung", "Waehrung",
                "Region", "Valuta", "Regione", "Devise", "Région", "Zone");
        add(m, Fields.PERCENT, "percent", "inflation", "inflation rate", "inflation %", "rate", "CPI", "pct",
                "percentage", "Inflation", "Inflationsrate", "Teuerung", "Teuerungsrate", "Prozent", "Inflazione",
                "Tasso di inflazione", "Percentuale", "Taux d'inflation", "Pourcentage");
    }

    private static void contacts(Map<String, String> m) {
        add(m, Fields.ACCOUNT, "account id", "account_id", "external id", "customer id", "company id", "Kunden-Nr",
                "Codice cliente", "ID client");
        add(m, Fields.ACCOUNT_NAME, "account name", "account", "company", "company name", "customer", "organisation",
                "organization", "Firma", "Unternehmen", "Azienda", "Cliente", "Ragione sociale", "Société", "Entreprise");
        add(m, Fields.FIRST_NAME, "first name", "firstname", "given name", "Vorname", "Nome", "Prénom");
        add(m, Fields.LAST_NAME, "last name", "lastname", "surname", "family name", "Nachname", "Cognome", "Nom");
        add(m, Fields.FULL_NAME, "full name", "name", "contact", "contact name", "Name", "Nome completo", "Nom complet");
        add(m, Fields.TITLE, "title", "job title", "position", "role", "Titel", "Position", "Funktion", "Titolo",
                "Ruolo", "Qualifica", "Fonction", "Poste");
        add(m, Fields.DEPARTMENT, "department", "Abteilung", "Reparto", "Ufficio", "Dipartimento", "Service",
                "Département");
        add(m, Fields.EMAIL, "email", "e-mail", "email address", "mail", "E-Mail-Adresse", "Posta elettronica",
                "Courriel");
        add(m, Fields.REPORTS_TO, "reports to", "manager", "reports to name", "Vorgesetzter", "Responsabile",
                "Riporta a", "Supérieur", "Responsable");
        add(m, Fields.BUYING_ROLE, "buying role", "buying roles", "role in purchase", "Kaufrolle", "Ruolo d'acquisto",
                "Rôle d'achat");
    }

    private static void add(Map<String, String> m, String field, String... headers) {
        for (String h : headers) {
            m.putIfAbsent(Text.key(h), field);
        }
    }
}
