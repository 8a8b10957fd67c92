package org.kamworkbench.service.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kamworkbench.domain.KpiDirection.HIGHER_IS_BETTER;
import static org.kamworkbench.domain.KpiDirection.LOWER_IS_BETTER;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.KpiDirection;
import org.kamworkbench.domain.KpiStatus;

class KpiStatusRuleTest {
    private static final BigDecimal TEN = BigDecimal.TEN;

    private static KpiStatus status(KpiDirection d, String actual, String target) {
        return KpiStatusRule.status(d, new BigDecimal(actual), new BigDecimal(target), TEN);
    }

    @Test
    void higherIsBetterMeetsAtTheTargetAndIsAtRiskDownToExactlyTenPercentBelow() {
        assertThat(status(HIGHER_IS_BETTER, "100", "100")).isEqualTo(KpiStatus.ON_TRACK);
        assertThat(status(HIGHER_IS_BETTER, "150", "100")).isEqualTo(KpiStatus.ON_TRACK);
        assertThat(status(HIGHER_IS_BETTER, "99.99", "100")).isEqualTo(KpiStatus.AT_RISK);
        assertThat(status(HIGHER_IS_BETTER, "90", "100")).isEqualTo(KpiStatus.AT_RISK);
        assertThat(status(HIGHER_IS_BETTER, "89.9999", "100")).isEqualTo(KpiStatus.OFF_TRACK);
    }

    @Test
    void lowerIsBetterMirrorsIt() {
        assertThat(status(LOWER_IS_BETTER, "5", "5")).isEqualTo(KpiStatus.ON_TRACK);
        assertThat(status(LOWER_IS_BETTER, "4", "5")).isEqualTo(KpiStatus.ON_TRACK);
        assertThat(status(LOWER_IS_BETTER, "5.5", "5")).isEqualTo(KpiStatus.AT_RISK);
        assertThat(status(LOWER_IS_BETTER, "5.5001", "5")).isEqualTo(KpiStatus.OFF_TRACK);
    }

    @Test
    void negativeTargetsUseTheTargetsSize() {
        // a growth target of -10 %: -11 misses by 1, within 10 % of 10
        assertThat(status(HIGHER_IS_BETTER, "-11", "-10")).isEqualTo(KpiStatus.AT_RISK);
        assertThat(status(HIGHER_IS_BETTER, "-11.01", "-10")).isEqualTo(KpiStatus.OFF_TRACK);
    }

    @Test
    void zeroTargetLeavesNoRoomAndMissingValuesHaveNoStatus() {
        assertThat(status(LOWER_IS_BETTER, "0", "0")).isEqualTo(KpiStatus.ON_TRACK);
        assertThat(status(LOWER_IS_BETTER, "0.001", "0")).isEqualTo(KpiStatus.OFF_TRACK);
        assertThat(KpiStatusRule.status(HIGHER_IS_BETTER, null, BigDecimal.ONE, TEN)).isNull();
        assertThat(KpiStatusRule.status(HIGHER_IS_BETTER, BigDecimal.ONE, null, TEN)).isNull();
    }

    @Test
    void toleranceIsASetting() {
        assertThat(KpiStatusRule.status(HIGHER_IS_BETTER, new BigDecimal("80"), new BigDecimal("100"),
                BigDecimal.valueOf(20))).isEqualTo(KpiStatus.AT_RISK);
        assertThat(KpiStatusRule.status(HIGHER_IS_BETTER, new BigDecimal("99"), new BigDecimal("100"),
                BigDecimal.ZERO)).isEqualTo(KpiStatus.OFF_TRACK);
    }
}
