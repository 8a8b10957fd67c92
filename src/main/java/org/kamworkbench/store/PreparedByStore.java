package org.kamworkbench.store;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kamworkbench.domain.PreparedBy;
import org.kamworkbench.service.port.PreparedByRepository;

/** "Prepared by": name and organisation in the {@code setting} table, the logo in {@code setting_binary}. */
public final class PreparedByStore implements PreparedByRepository {
    private static final String NAME = "preparedBy.name";
    private static final String ORGANISATION = "preparedBy.organisation";
    private static final String LOGO = "preparedBy.logo";
    private final Jdbi jdbi;

    public PreparedByStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public PreparedBy load() {
        return jdbi.withHandle(h -> {
            String name = text(h, NAME);
            String organisation = text(h, ORGANISATION);
            return h.createQuery("SELECT media_type, content FROM setting_binary WHERE name = :name")
                    .bind("name", LOGO)
                    .map((rs, ctx) -> new PreparedBy(name, organisation, rs.getBytes(2), rs.getString(1)))
                    .findOne().orElse(new PreparedBy(name, organisation, null, null));
        });
    }

    @Override
    public void save(PreparedBy preparedBy) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM setting WHERE name IN (:a, :b)").bind("a", NAME).bind("b", ORGANISATION)
                    .execute();
            insert(h, NAME, preparedBy.name());
            insert(h, ORGANISATION, preparedBy.organisation());
            h.createUpdate("DELETE FROM setting_binary WHERE name = :name").bind("name", LOGO).execute();
            if (preparedBy.hasLogo()) {
                h.createUpdate("INSERT INTO setting_binary (name, media_type, content) VALUES (:name, :type, :content)")
                        .bind("name", LOGO).bind("type", preparedBy.logoType()).bind("content", preparedBy.logo())
                        .execute();
            }
        });
    }

    private static String text(Handle h, String name) {
        return h.createQuery("SELECT text_value FROM setting WHERE name = :name").bind("name", name)
                .mapTo(String.class).findOne().orElse("");
    }

    private static void insert(Handle h, String name, String value) {
        if (!value.isEmpty()) {
            h.createUpdate("INSERT INTO setting (name, text_value) VALUES (:name, :text)").bind("name", name)
                    .bind("text", value).execute();
        }
    }
}
