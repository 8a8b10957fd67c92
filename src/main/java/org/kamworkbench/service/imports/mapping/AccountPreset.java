package org.kamworkbench.service.imports.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.service.imports.parse.Text;

/**
 * The column names of a CRM's accounts (or contacts) export. Recognised from the headers ({@code auto}); headers a
 * preset does not know fall back to the generic synonyms.
 */
public final class AccountPreset {
    public static final String AUTO = "auto";
    public static final String GENERIC = "generic";
    public static final String SALESFORCE = "salesforce";
    public static final String HUBSPOT = "hubspot";
    public static final String ZOHO = "zoho";

    private final String name;
    private final Map<String, String> fieldByHeaderKey;
    private final Map<String, Integer> rankByHeaderKey = new java.util.HashMap<>();

    private AccountPreset(String name, Map<String, String> fieldByHeaderKey) {
        this.name = name;
        this.fieldByHeaderKey = fieldByHeaderKey;
        for (String key : fieldByHeaderKey.keySet()) {
            rankByHeaderKey.put(key, rankByHeaderKey.size());
        }
    }

    public String name() {
        return name;
    }

    /** The field a header names in this preset, or null. */
    public String field(String headerKey) {
        return fieldByHeaderKey.get(headerKey);
    }

    /** Earlier names win when two headers claim one field (e.g. Account ID over Account Number). */
    public int rank(String headerKey) {
        return rankByHeaderKey.getOrDefault(headerKey, Integer.MAX_VALUE);
    }

    /** The CRM presets, in the order that breaks ties. */
    public static final List<AccountPreset> CRM = List.of(salesforce(), hubspot(), zoho());

    /**
     * Salesforce report exports and API / Data Loader field names. The record id ({@code Id}, "Account ID") ranks
     * before the account number, an attribute that is the key only when a file has no id; "Owner.Name" ranks before
     * the bare {@code OwnerId}.
     */
    private static AccountPreset salesforce() {
        return preset(SALESFORCE,
                "Account ID", Fields.EXTERNAL_ID, "Id", Fields.EXTERNAL_ID, "Account Name", Fields.NAME,
                "Name", Fields.NAME, "Account Owner", Fields.OWNER, "Owner.Name", Fields.OWNER, "OwnerId", Fields.OWNER,
                "Billing Country", Fields.COUNTRY, "BillingCountry", Fields.COUNTRY,
                "Billing Country Code", Fields.COUNTRY, "BillingCountryCode", Fields.COUNTRY,
                "Industry", Fields.INDUSTRY, "Type", Fields.TYPE,
                "Annual Revenue", Fields.ANNUAL_REVENUE, "AnnualRevenue", Fields.ANNUAL_REVENUE,
                "Employees", Fields.EMPLOYEES, "NumberOfEmployees", Fields.EMPLOYEES,
                "Account Currency", Fields.CURRENCY, "CurrencyIsoCode", Fields.CURRENCY,
                "Parent Account ID", Fields.PARENT_EXTERNAL_ID, "ParentId", Fields.PARENT_EXTERNAL_ID,
                "Website", Fields.WEBSITE, "Account Number", Fields.EXTERNAL_ID);
    }

    private static AccountPreset hubspot() {
        return preset(HUBSPOT,
                "Record ID", Fields.EXTERNAL_ID, "Company ID", Fields.EXTERNAL_ID, "Company name", Fields.NAME, "Company owner", Fields.OWNER,
                "HubSpot Owner", Fields.OWNER, "Country/Region", Fields.COUNTRY, "Industry", Fields.INDUSTRY, "Annual Revenue", Fields.ANNUAL_REVENUE,
                "Number of Employees", Fields.EMPLOYEES, "Company Domain Name", Fields.WEBSITE,
                "Website URL", Fields.WEBSITE, "Type", Fields.TYPE, "Parent Company ID", Fields.PARENT_EXTERNAL_ID,
                "Company currency", Fields.CURRENCY);
    }

    private static AccountPreset zoho() {
        return preset(ZOHO,
                "Record Id", Fields.EXTERNAL_ID, "Account Name", Fields.NAME, "Account Owner", Fields.OWNER,
                "Billing Country", Fields.COUNTRY, "Annual Revenue", Fields.ANNUAL_REVENUE, "Currency", Fields.CURRENCY,
                "Employees", Fields.EMPLOYEES, "Parent Account", Fields.PARENT_EXTERNAL_ID,
                "Parent Account.id", Fields.PARENT_EXTERNAL_ID, "Industry", Fields.INDUSTRY,
                "Account Type", Fields.TYPE, "Website", Fields.WEBSITE);
    }

    /** The CRM presets of contacts exports: Salesforce and HubSpot. */
    public static final List<AccountPreset> CONTACT_CRM = List.of(
            preset(SALESFORCE, "Account ID", Fields.ACCOUNT, "Account Name", Fields.ACCOUNT_NAME,
                    "First Name", Fields.FIRST_NAME, "Last Name", Fields.LAST_NAME, "Full Name", Fields.FULL_NAME,
                    "Title", Fields.TITLE, "Department", Fields.DEPARTMENT, "Email", Fields.EMAIL,
                    "Reports To", Fields.REPORTS_TO, "AccountId", Fields.ACCOUNT, "FirstName", Fields.FIRST_NAME,
                    "LastName", Fields.LAST_NAME, "ReportsTo.Name", Fields.REPORTS_TO),
            preset(HUBSPOT, "Associated Company", Fields.ACCOUNT_NAME, "Associated Company ID", Fields.ACCOUNT,
                    "Company ID", Fields.ACCOUNT,
                    "First Name", Fields.FIRST_NAME, "Last Name", Fields.LAST_NAME, "Job Title", Fields.TITLE,
                    "Email", Fields.EMAIL, "Buying Role", Fields.BUYING_ROLE, "Department", Fields.DEPARTMENT,
                    "Reports To", Fields.REPORTS_TO));

    /** The CRM presets of a kind of import (none for revenue and rates). */
    public static List<AccountPreset> crmPresets(org.kamworkbench.service.imports.ImportKind kind) {
        return switch (kind) {
            case ACCOUNTS -> CRM;
            case CONTACTS -> CONTACT_CRM;
            default -> List.of();
        };
    }

    /** The CRM preset of that name, or null. */
    public static AccountPreset named(String name) {
        return named(CRM, name);
    }

    /** The preset of that name among {@code presets}, or null. */
    public static AccountPreset named(List<AccountPreset> presets, String name) {
        for (AccountPreset p : presets) {
            if (p.name.equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }

    /** How many of the headers this preset names. */
    public int score(List<String> header) {
        int n = 0;
        for (String h : header) {
            if (fieldByHeaderKey.containsKey(Text.key(h))) {
                n++;
            }
        }
        return n;
    }

    private static AccountPreset preset(String name, String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.putIfAbsent(Text.key(pairs[i]), pairs[i + 1]);
        }
        return new AccountPreset(name, java.util.Collections.unmodifiableMap(m));
    }
}
