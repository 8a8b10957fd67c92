package org.kamworkbench.service.imports.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExternalIdsTest {
    @Test
    void aWholeNumberWithTrailingZeroDecimalsIsTheWholeNumber() {
        assertThat(ExternalIds.normalize("17850.0")).isEqualTo("17850");
        assertThat(ExternalIds.normalize(" 17850.00 ")).isEqualTo("17850");
        assertThat(ExternalIds.normalize("17850")).isEqualTo("17850");
    }

    @Test
    void anythingElseIsKeptAsWritten() {
        assertThat(ExternalIds.normalize("17850.5")).isEqualTo("17850.5");
        assertThat(ExternalIds.normalize("A-17850.0")).isEqualTo("A-17850.0");
        assertThat(ExternalIds.normalize("0015000000abcDE")).isEqualTo("0015000000abcDE");
        assertThat(ExternalIds.normalize(".0")).isEqualTo(".0");
        assertThat(ExternalIds.normalize("17850.")).isEqualTo("17850.");
        assertThat(ExternalIds.normalize(null)).isEmpty();
    }

    @Test
    void salesforcesEmptyIdAndAnEmptyCellReferToNoRecord() {
        assertThat(ExternalIds.reference("000000000000000AAA")).isNull();
        assertThat(ExternalIds.reference("000000000000000")).isNull();
        assertThat(ExternalIds.reference(" ")).isNull();
        assertThat(ExternalIds.reference(null)).isNull();
        assertThat(ExternalIds.reference("0015g00000Kq1AdAAJ")).isEqualTo("0015g00000Kq1AdAAJ");
        assertThat(ExternalIds.reference("17850.0")).isEqualTo("17850");
        assertThat(ExternalIds.reference("0000000000000000000")).as("19 zeros is some other id")
                .isEqualTo("0000000000000000000");
    }

    @Test
    void the15And18CharacterFormsOfASalesforceIdNameOneAnother() {
        // the case-safe suffix: one letter per 5 characters, a bit per upper-case letter
        assertThat(ExternalIds.salesforceOtherForm("0015g00000Kq1Ad")).isEqualTo("0015g00000Kq1AdAAJ");
        assertThat(ExternalIds.salesforceOtherForm("001000000000001")).isEqualTo("001000000000001AAA");
        assertThat(ExternalIds.salesforceOtherForm("ABCDEabcde00000")).isEqualTo("ABCDEabcde00000" + "5AA");
        assertThat(ExternalIds.salesforceOtherForm("0015g00000Kq1AdAAJ")).isEqualTo("0015g00000Kq1Ad");
        assertThat(ExternalIds.salesforceOtherForm("17850")).isNull();
        assertThat(ExternalIds.salesforceOtherForm("0015g00000Kq1-d")).isNull();
    }
}
