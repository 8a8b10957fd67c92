package org.kamworkbench.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;
import org.kamworkbench.domain.Attitude;
import org.kamworkbench.domain.BuyingRole;
import org.kamworkbench.domain.RelationshipStrength;
import org.kamworkbench.domain.Stakeholder;
import org.kamworkbench.service.port.StakeholderRepository;

/** The people at client accounts; enums are stored by name. */
public final class StakeholderStore implements StakeholderRepository {
    static final String COLUMNS = "account_id, name, title, department, email, reports_to_id, buying_role, "
            + "influence, attitude, relationship, contact_owner_id, last_contact, notes";
    private static final String PARAMETERS = ":accountId, :name, :title, :department, :email, :reportsToId, "
            + ":buyingRole, :influence, :attitude, :relationship, :contactOwnerId, :lastContact, :notes";

    private final Jdbi jdbi;

    public StakeholderStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Stakeholder> findByAccount(long accountId) {
        return query("WHERE account_id = :id ORDER BY LOWER(name), id", accountId);
    }

    @Override
    public List<Stakeholder> findAll() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, " + COLUMNS + " FROM stakeholder "
                        + "ORDER BY account_id, LOWER(name), id")
                .map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public Optional<Stakeholder> find(long id) {
        return query("WHERE id = :id", id).stream().findFirst();
    }

    @Override
    public Stakeholder save(Stakeholder stakeholder) {
        return jdbi.inTransaction(h -> {
            if (stakeholder.id() == 0) {
                long id = bind(h.createUpdate("INSERT INTO stakeholder (" + COLUMNS + ") VALUES (" + PARAMETERS + ")"),
                        stakeholder).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                return stakeholder.withId(id);
            }
            int updated = bind(h.createUpdate("UPDATE stakeholder SET (" + COLUMNS + ") = (" + PARAMETERS + ") "
                    + "WHERE id = :id"), stakeholder).bind("id", stakeholder.id()).execute();
            if (updated == 0) {
                throw new IllegalArgumentException("No stakeholder with id " + stakeholder.id() + ".");
            }
            return stakeholder;
        });
    }

    @Override
    public List<Stakeholder> saveAll(List<Stakeholder> batch) {
        return jdbi.inTransaction(h -> {
            List<Stakeholder> saved = new java.util.ArrayList<>(batch.size());
            for (Stakeholder s : batch) {
                Stakeholder first = s.withReportsTo(s.reportsToId() != null && s.reportsToId() < 0 ? null
                        : s.reportsToId());
                if (s.id() == 0) {
                    long id = bind(h.createUpdate("INSERT INTO stakeholder (" + COLUMNS + ") VALUES (" + PARAMETERS
                            + ")"), first).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                    saved.add(first.withId(id));
                } else {
                    bind(h.createUpdate("UPDATE stakeholder SET (" + COLUMNS + ") = (" + PARAMETERS + ") WHERE id = :id"),
                            first).bind("id", s.id()).execute();
                    saved.add(first);
                }
            }
            for (int i = 0; i < batch.size(); i++) {
                Long ref = batch.get(i).reportsToId();
                if (ref != null && ref < 0) {
                    long manager = saved.get((int) (-ref - 1)).id();
                    h.createUpdate("UPDATE stakeholder SET reports_to_id = :m WHERE id = :id")
                            .bind("m", manager).bind("id", saved.get(i).id()).execute();
                    saved.set(i, saved.get(i).withReportsTo(manager));
                }
            }
            return saved;
        });
    }

    @Override
    public void delete(long id) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM stakeholder WHERE id = :id").bind("id", id).execute());
    }

    private List<Stakeholder> query(String filter, long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, " + COLUMNS + " FROM stakeholder " + filter)
                .bindMap(Map.of("id", id))
                .map((rs, ctx) -> map(rs)).list());
    }

    private static Update bind(Update update, Stakeholder s) {
        return update.bind("accountId", s.accountId())
                .bind("name", s.name())
                .bind("title", s.title())
                .bind("department", s.department())
                .bind("email", s.email())
                .bind("reportsToId", s.reportsToId())
                .bind("buyingRole", s.buyingRole() == null ? null : s.buyingRole().name())
                .bind("influence", s.influence())
                .bind("attitude", s.attitude() == null ? null : s.attitude().name())
                .bind("relationship", s.relationship() == null ? null : s.relationship().name())
                .bind("contactOwnerId", s.contactOwnerId())
                .bind("lastContact", s.lastContact())
                .bind("notes", s.notes());
    }

    static Stakeholder map(ResultSet rs) throws SQLException {
        Date lastContact = rs.getDate("last_contact");
        return new Stakeholder(rs.getLong("id"), rs.getLong("account_id"), rs.getString("name"),
                rs.getString("title"), rs.getString("department"), rs.getString("email"),
                (Long) rs.getObject("reports_to_id", Long.class),
                named(BuyingRole.class, rs.getString("buying_role")),
                rs.getObject("influence", Integer.class),
                named(Attitude.class, rs.getString("attitude")),
                named(RelationshipStrength.class, rs.getString("relationship")),
                rs.getObject("contact_owner_id", Long.class),
                lastContact == null ? null : lastContact.toLocalDate(),
                rs.getString("notes"));
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
