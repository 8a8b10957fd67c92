package org.kamworkbench.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.DesignationStatus;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.criteria.AccountScore;

class CrmExportTest {
    private static Account account(long id, String externalId) {
        return new Account(id, externalId, "Name " + id, null, null, null, null, null, null, "EUR", null, null, null,
                null);
    }

    @Test
    void onlyThatCrmsRecordsWithTierQuadrantScoreClassLeadAndReview() {
        Account sf = account(1, "0015g00000Kq1AbAAJ");
        Account hub = account(2, "9001");
        Account local = account(3, "L1");
        Account incomplete = account(4, "0015g00000Kq1AcAAJ");
        Map<String, String> sources = Map.of(sf.externalId(), "salesforce", hub.externalId(), "hubspot",
                incomplete.externalId(), "salesforce");
        AccountScore scored = new AccountScore(sf, 72.5, 61.25, 66.875, Quadrant.STRATEGIC, new int[] {4, 3},
                List.of());
        AccountScore missing = new AccountScore(incomplete, Double.NaN, Double.NaN, Double.NaN, null, new int[] {0, 3},
                List.of(org.kamworkbench.service.message.Sentence.of("criteria.missing.rating", "Fit")));
        ExportTable table = CrmExport.of(CrmTarget.SALESFORCE, List.of(sf, hub, local, incomplete), sources,
                a -> a == sf ? new CrmExport.Facts(new Designation(1, DesignationStatus.KEY, "why",
                        LocalDate.of(2025, 1, 1), "Ann"), scored, "A", "Ann Keller", LocalDate.of(2025, 6, 30))
                        : new CrmExport.Facts(null, missing, null, null, null));
        assertThat(table.headers()).containsExactly("Id", "KAM_Tier__c", "KAM_Quadrant__c", "KAM_Total_Score__c",
                "ABC_Class__c", "Lead_KAM__c", "Next_Plan_Review__c");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0)).containsExactly("0015g00000Kq1AbAAJ", "Key account", "Strategic",
                new BigDecimal("66.9"), "A", "Ann Keller", LocalDate.of(2025, 6, 30));
        assertThat(table.rows().get(1)).containsExactly("0015g00000Kq1AcAAJ", null, null, null, null, null, null);
    }

    @Test
    void theOtherCrmsNameTheirIdColumnsAsTheirImportToolsDo() {
        assertThat(CrmTarget.HUBSPOT.idColumn()).isEqualTo("Record ID");
        assertThat(CrmTarget.ZOHO.idColumn()).isEqualTo("Record Id");
        assertThat(CrmTarget.named(" HubSpot ")).isEqualTo(CrmTarget.HUBSPOT);
        assertThat(CrmTarget.named("pipedrive")).isNull();
    }
}
