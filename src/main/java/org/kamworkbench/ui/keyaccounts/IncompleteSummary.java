package org.kamworkbench.ui.keyaccounts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kamworkbench.service.criteria.MissingCount;
import org.kamworkbench.service.criteria.Scoreboard;
import org.kamworkbench.ui.common.Texts;

/**
 * What the matrix says about the accounts it cannot place: how many are incomplete and what they lack
 * ("42 without a rating for Potential…"), and whether the rating grid can complete them.
 */
public final class IncompleteSummary {
    private final Texts texts;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRateMissing = new ReadOnlyBooleanWrapper();

    IncompleteSummary(Texts texts) {
        this.texts = texts;
    }

    /** Summarises the incomplete accounts of {@code scored}; all empty when every account is scored. */
    void show(Scoreboard scored) {
        if (scored.incomplete().isEmpty()) {
            text.set("");
            headline.set("");
            canRateMissing.set(false);
            return;
        }
        List<String> parts = new ArrayList<>();
        for (MissingCount c : scored.missingCounts()) {
            parts.add(texts.format("keys.missing." + c.reason().name(), texts.count(c.accounts()),
                    c.criterion().name()));
        }
        text.set(texts.format("keys.matrix.incomplete", texts.count(scored.incomplete().size()),
                String.join("; ", parts)));
        headline.set(texts.format("keys.matrix.incompleteHeadline", texts.count(scored.incomplete().size())));
        canRateMissing.set(!scored.toRate().isEmpty());
    }

    /** "42 accounts are incomplete…: 42 without a rating for Potential, 12 without an estimated spend…", or "". */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The summary's first sentence alone ("17 accounts are incomplete…"), "" when every account is scored. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** True when the incomplete accounts can be completed in the rating grid. */
    public ReadOnlyBooleanProperty canRateMissingProperty() {
        return canRateMissing.getReadOnlyProperty();
    }
}
