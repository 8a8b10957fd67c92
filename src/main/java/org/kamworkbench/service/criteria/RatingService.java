package org.kamworkbench.service.criteria;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.domain.VersionKey;
import org.kamworkbench.domain.Versions;
import org.kamworkbench.service.edit.EditGuard;
import org.kamworkbench.service.port.RatingRepository;
import org.kamworkbench.service.port.TableFiles;
import org.kamworkbench.service.portfolio.PortfolioService;

/**
 * The manual ratings of accounts on the current set's criteria: one rating at a time or a whole
 * file, each save checked against the rating's version so a concurrent rating is never overwritten.
 */
public final class RatingService {
    private final CriteriaSetService sets;
    private final RatingRepository ratings;
    private final PortfolioService portfolio;
    private final TableFiles files;
    private final EditGuard edits;
    private final Clock clock;

    /** {@code edits} checks the versions of ratings (per account and criterion). */
    public RatingService(CriteriaSetService sets, RatingRepository ratings, PortfolioService portfolio,
                         TableFiles files, EditGuard edits, Clock clock) {
        this.sets = sets;
        this.ratings = ratings;
        this.portfolio = portfolio;
        this.files = files;
        this.edits = edits;
        this.clock = clock;
    }

    /** Every stored rating. */
    public List<Rating> all() {
        return ratings.findAll();
    }

    /**
     * Sets (or, with level 0, clears) an account's rating on a manual criterion of the current set.
     *
     * @throws CriteriaInputException for an unknown criterion or a level outside its scale
     */
    public Rating rate(long accountId, String criterionName, int level, String author, String comment) {
        return rate(accountId, criterionName, level, author, comment, EditGuard.UNREAD);
    }

    /**
     * Sets (or, with level 0, clears) an account's rating on a manual criterion of the current set, based on the
     * rating's version {@code basedOn} (see {@link #versions}): refused when someone else rated it since.
     */
    public Rating rate(long accountId, String criterionName, int level, String author, String comment,
                       long basedOn) {
        CriteriaSet set = sets.currentSet().orElseThrow(() -> new CriteriaInputException("criteria.noSet"));
        var criterion = set.criterion(criterionName);
        if (criterion == null || !criterion.source().manual()) {
            throw new CriteriaInputException("criteria.notManual", criterionName, set.name());
        }
        VersionKey key = VersionKey.rating(accountId, criterion.name());
        if (level == 0) {
            return edits.save(author, key, basedOn, true, () -> {
                ratings.delete(accountId, criterion.name());
                return null;
            });
        }
        if (level < 1 || level > criterion.scale()) {
            throw new CriteriaInputException("criteria.levelOutside", String.valueOf(level),
                    String.valueOf(criterion.scale()), criterion.name());
        }
        Rating rating = new Rating(accountId, criterion.name(), level, LocalDate.now(clock), author, comment);
        return edits.save(author, key, basedOn, false, () -> {
            ratings.saveAll(List.of(rating));
            return rating;
        });
    }

    /** The versions of every rating, in one query: what the rating grid's saves are based on. */
    public Versions versions() {
        return edits.readAll(VersionKey.Kind.RATING, List.of());
    }

    /** Imports a ratings file against the current set; returns how many ratings were stored. */
    public int importRatings(Path file, String author) {
        return importRatingsFile(file, author).ratings();
    }

    /**
     * Imports a ratings file against the current set, one row per rating or the wide sheet (an account
     * column, then one column per criterion); says how many were stored and which form was read.
     */
    public RatingsImport importRatingsFile(Path file, String author) {
        CriteriaSet set = sets.currentSet().orElseThrow(() -> new CriteriaInputException("criteria.noSetToRate"));
        return InputImports.of(files, portfolio).ratingsAnyForm(file, set, author, LocalDate.now(clock),
                this::storeImported);
    }

    /** Imported ratings move their versions on, so a grid read before the import cannot save over them. */
    private void storeImported(List<Rating> imported) {
        Map<VersionKey, Long> unread = new LinkedHashMap<>();
        imported.forEach(r -> unread.put(VersionKey.rating(r.accountId(), r.criterion()), EditGuard.UNREAD));
        String author = imported.isEmpty() ? null : imported.get(0).author();
        edits.saveAll(author, unread, () -> {
            ratings.saveAll(imported);
            return null;
        });
    }
}
