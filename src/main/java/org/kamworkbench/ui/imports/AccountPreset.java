package org.kamworkbench.ui.imports;

/** The CRM export layouts the user may pick for an accounts file. */
public enum AccountPreset {
    AUTO(null), SALESFORCE("salesforce"), HUBSPOT("hubspot"), ZOHO("zoho"), GENERIC("generic");

    private final String optionValue;

    AccountPreset(String optionValue) {
        this.optionValue = optionValue;
    }

    /** The value for {@code ImportOptions.preset}: null lets the service recognise the preset. */
    public String optionValue() {
        return optionValue;
    }
}
