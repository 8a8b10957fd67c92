package org.kamworkbench.ui.keyaccounts;

import java.text.NumberFormat;
import org.kamworkbench.domain.Quadrant;
import org.kamworkbench.service.criteria.QuadrantMove;
import org.kamworkbench.ui.common.Texts;

/** How the key-account screens write scores, quadrants and moves in the user's language. */
final class KeyFormats {
    private final Texts texts;
    private final NumberFormat oneDecimal;

    KeyFormats(Texts texts) {
        this.texts = texts;
        this.oneDecimal = NumberFormat.getNumberInstance(texts.locale());
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
    }

    String score(double v) {
        return Double.isNaN(v) ? "–" : oneDecimal.format(v);
    }

    String quadrant(Quadrant q) {
        return q == null ? "–" : texts.get("keys.quadrant." + q.name().toLowerCase(java.util.Locale.ROOT));
    }

    String hover(ScoreRow r, String currency) {
        return texts.format("keys.matrix.hover", r.account().name(), r.account().externalId(), r.rank(),
                score(r.attractiveness()), score(r.strength()), score(r.score()), quadrant(r.quadrant()),
                texts.money(r.revenue(), currency), r.abcClass().isEmpty() ? "–" : r.abcClass());
    }

    String listEntry(ScoreRow r) {
        return texts.format("keys.list.entry", r.rank(), r.account().name(), score(r.score()));
    }

    String move(QuadrantMove m) {
        return texts.format("keys.list.move", m.account().name(), quadrant(m.from()), quadrant(m.to()),
                m.reasons().isEmpty() ? "" : reasons(m));
    }

    /** Why an account moved, in the user's language: "Potenziale: attrattività −8,3 punti; …". */
    String reasons(QuadrantMove m) {
        return String.join("; ", m.reasons().stream().map(r -> r.text(texts.locale())).toList());
    }
}
