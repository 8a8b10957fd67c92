package org.kamworkbench.service.export;

import java.util.List;
import java.util.Locale;

/**
 * A CRM that takes our results back through its own import tool, updating existing records: the
 * column holding its record id and the names of the custom fields to create there (see the README).
 * {@link #presetName()} is the name of the account import preset that records where an id came from.
 */
public enum CrmTarget {
    SALESFORCE("salesforce", "Id", List.of("KAM_Tier__c", "KAM_Quadrant__c", "KAM_Total_Score__c", "ABC_Class__c",
            "Lead_KAM__c", "Next_Plan_Review__c")),
    HUBSPOT("hubspot", "Record ID", List.of("KAM tier", "KAM quadrant", "KAM total score", "ABC class",
            "Lead key account manager", "Next plan review")),
    ZOHO("zoho", "Record Id", List.of("KAM Tier", "KAM Quadrant", "KAM Total Score", "ABC Class",
            "Lead Key Account Manager", "Next Plan Review"));

    private final String presetName;
    private final String idColumn;
    private final List<String> fields;

    CrmTarget(String presetName, String idColumn, List<String> fields) {
        this.presetName = presetName;
        this.idColumn = idColumn;
        this.fields = fields;
    }

    public String presetName() {
        return presetName;
    }

    public String idColumn() {
        return idColumn;
    }

    /** The custom fields, in column order: tier, quadrant, total score, ABC class, lead KAM, next plan review. */
    public List<String> fields() {
        return fields;
    }

    /** The target named (salesforce, hubspot, zoho; any case), or null. */
    public static CrmTarget named(String name) {
        for (CrmTarget t : values()) {
            if (t.presetName.equals(name == null ? null : name.strip().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }
}
