package org.kamworkbench.service.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.domain.EstimatedSpend;

/** Effort and estimated spend entered by hand: what is refused (with which sentence) and what replaces what. */
class EffortServiceTest {
    private final KeyAccountFixture f = new KeyAccountFixture().account("X1").account("X2");
    private final EffortService effort = f.service().effort();

    private static String english(Throwable e) {
        return ((CriteriaInputException) e).message(Locale.ENGLISH);
    }

    @Test
    void effortNeedsHoursOrBudgetAndNeitherMayBeNegative() {
        assertThatThrownBy(() -> effort.enterEffort(1, 2024, null, null))
                .satisfies(e -> assertThat(english(e))
                        .isEqualTo("Give the hours or the budget spent on the account in 2024."));
        assertThatThrownBy(() -> effort.enterEffort(1, 2024, new BigDecimal("-1"), null))
                .satisfies(e -> assertThat(english(e)).isEqualTo("Hours and budget cannot be negative."));
        assertThatThrownBy(() -> effort.enterEffort(1, 2024, null, new BigDecimal("-0.01")))
                .satisfies(e -> assertThat(english(e)).isEqualTo("Hours and budget cannot be negative."));
        assertThat(effort.efforts()).isEmpty();
    }

    @Test
    void effortOfAnAccountAndYearReplacesTheEarlierOne() {
        effort.enterEffort(1, 2024, new BigDecimal("100"), null);
        effort.enterEffort(1, 2023, BigDecimal.ZERO, new BigDecimal("5000"));
        effort.enterEffort(1, 2024, null, new BigDecimal("1200"));
        assertThat(effort.efforts()).containsExactlyInAnyOrder(
                new Effort(1, 2024, null, new BigDecimal("1200")),
                new Effort(1, 2023, BigDecimal.ZERO, new BigDecimal("5000")));
    }

    @Test
    void spendNeedsAnIsoCurrencyAndAPositiveAmount() {
        assertThatThrownBy(() -> effort.enterEstimatedSpend(1, new BigDecimal("100"), "XXY"))
                .satisfies(e -> assertThat(english(e)).isEqualTo("'XXY' is not an ISO 4217 currency code."));
        assertThatThrownBy(() -> effort.enterEstimatedSpend(1, BigDecimal.ZERO, "EUR"))
                .satisfies(e -> assertThat(english(e)).isEqualTo("The estimated spend must be more than 0."));
        assertThat(effort.estimatedSpends()).isEmpty();

        EstimatedSpend stored = effort.enterEstimatedSpend(2, new BigDecimal("250000"), " usd ");
        assertThat(stored.currency()).isEqualTo("USD");
        assertThat(effort.estimatedSpend(2)).isEqualTo(stored);
        assertThat(effort.estimatedSpend(1)).isNull();
    }
}
