package org.kamworkbench.service.imports.mapping;

/** The field keys of every import kind, as used in mappings and --map. */
public final class Fields {
    // accounts
    public static final String EXTERNAL_ID = "externalId";
    public static final String NAME = "name";
    public static final String OWNER = "owner";
    public static final String COUNTRY = "country";
    public static final String REGION = "region";
    public static final String DIVISION = "division";
    public static final String INDUSTRY = "industry";
    public static final String TYPE = "type";
    public static final String CURRENCY = "currency";
    public static final String ANNUAL_REVENUE = "annualRevenue";
    public static final String EMPLOYEES = "employees";
    public static final String PARENT_EXTERNAL_ID = "parentExternalId";
    public static final String WEBSITE = "website";
    // revenue
    public static final String ACCOUNT = "account";
    public static final String ACCOUNT_NAME = "accountName";
    public static final String DATE = "date";
    public static final String PERIOD = "period";
    public static final String YEAR = "year";
    public static final String MONTH = "month";
    public static final String AMOUNT = "amount";
    /** With {@link #UNIT_PRICE}: the amount of a line without an amount column is quantity × unit price. */
    public static final String QUANTITY = "quantity";
    public static final String UNIT_PRICE = "unitPrice";
    public static final String DOCUMENT_ID = "documentId";
    public static final String PRODUCT_LINE = "productLine";
    /** Prefix of a wide-form revenue column: "amount:2024" holds yearly totals of 2024. */
    public static final String AMOUNT_OF_YEAR = "amount:";
    // fx and inflation
    public static final String RATE = "rate";
    public static final String SCOPE = "scope";
    public static final String PERCENT = "percent";
    // contacts (the account is ACCOUNT by its id or ACCOUNT_NAME; TITLE, EMAIL as named)
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String FULL_NAME = "fullName";
    public static final String TITLE = "title";
    public static final String DEPARTMENT = "department";
    public static final String EMAIL = "email";
    public static final String REPORTS_TO = "reportsTo";
    public static final String BUYING_ROLE = "buyingRole";

    private Fields() {
    }

    /** The year of a wide-form field key "amount:2024", or -1. */
    public static int yearOfAmountField(String field) {
        if (field == null || !field.startsWith(AMOUNT_OF_YEAR) || field.length() != AMOUNT_OF_YEAR.length() + 4) {
            return -1;
        }
        try {
            int y = Integer.parseInt(field.substring(AMOUNT_OF_YEAR.length()));
            return y >= 1900 && y <= 2199 ? y : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
