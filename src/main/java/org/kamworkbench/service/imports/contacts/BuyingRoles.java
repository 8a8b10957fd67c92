package org.kamworkbench.service.imports.contacts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.service.imports.parse.Text;

/**
 * Reads a buying role as CRMs write it: our own names ("Economic buyer", "COACH") and HubSpot's
 * buying roles ("Budget Holder", "Decision Maker", "Champion", "End User", ...). HubSpot allows
 * several, separated by ';': the first one we know wins. "Other" and "Legal and compliance" carry
 * no role of ours.
 */
final class BuyingRoles {
    private static final Map<String, BuyingRole> BY_KEY = new HashMap<>();
    private static final String NO_ROLE = "";

    static {
        for (BuyingRole r : BuyingRole.values()) {
            BY_KEY.put(Text.key(r.name()), r);
        }
        put(BuyingRole.ECONOMIC_BUYER, "budget holder", "decision maker", "executive sponsor", "economic buyer");
        put(BuyingRole.TECHNICAL_BUYER, "technical buyer", "technical evaluator", "evaluator");
        put(BuyingRole.COACH, "champion", "coach", "coach/champion");
        put(BuyingRole.USER, "end user", "user");
        put(BuyingRole.INFLUENCER, "influencer");
        put(BuyingRole.GATEKEEPER, "gatekeeper", "procurement");
        put(BuyingRole.BLOCKER, "blocker");
    }

    private BuyingRoles() {
    }

    /** The role, {@code Optional.empty()} for a value that names none of ours, null for unknown text. */
    static Optional<BuyingRole> parse(String text) {
        boolean known = false;
        for (String part : text.split(";")) {
            String key = Text.key(part);
            if (key.isEmpty()) {
                continue;
            }
            BuyingRole role = BY_KEY.get(key);
            if (role != null) {
                return Optional.of(role);
            }
            known |= key.equals("other") || key.equals("legalandcompliance") || key.equals("blank");
        }
        return known ? Optional.empty() : null;
    }

    private static void put(BuyingRole role, String... names) {
        for (String n : names) {
            BY_KEY.put(Text.key(n), role);
        }
    }
}
