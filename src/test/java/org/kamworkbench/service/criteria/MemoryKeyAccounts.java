package org.kamworkbench.service.criteria;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Designation;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.domain.EstimatedSpend;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.service.port.CriteriaRepository;
import org.kamworkbench.service.port.DesignationRepository;
import org.kamworkbench.service.port.EffortRepository;
import org.kamworkbench.service.port.RatingRepository;

/** The key-account repositories in memory, for service and view-model tests. */
public final class MemoryKeyAccounts implements CriteriaRepository, RatingRepository, DesignationRepository,
        EffortRepository {
    public final List<CriteriaSet> sets = new ArrayList<>();
    public final Map<String, Rating> ratings = new LinkedHashMap<>();
    public final List<Designation> designations = new ArrayList<>();
    public final Map<String, Effort> efforts = new LinkedHashMap<>();
    public final Map<Long, EstimatedSpend> spend = new LinkedHashMap<>();

    @Override
    public CriteriaSet saveNewVersion(CriteriaSet set, LocalDateTime savedAt) {
        int version = versions(set.name()).size() + 1;
        CriteriaSet saved = new CriteriaSet(set.name(), version, savedAt, set.quadrantCut(), set.reviewIntervalMonths(),
                set.keyReviewMonths(), set.criteria());
        sets.add(saved);
        return saved;
    }

    @Override
    public List<CriteriaSet> versions(String name) {
        return sets.stream().filter(s -> s.name().equals(name)).toList();
    }

    @Override
    public List<CriteriaSet> latestVersions() {
        Map<String, CriteriaSet> latest = new LinkedHashMap<>();
        sets.forEach(s -> latest.put(s.name(), s));
        List<CriteriaSet> list = new ArrayList<>(latest.values());
        // most recently saved first: the insertion order of the newest versions, reversed
        list.sort(Comparator.comparingInt((CriteriaSet s) -> sets.indexOf(s)).reversed());
        return list;
    }

    @Override
    public List<Rating> findAll() {
        return List.copyOf(ratings.values());
    }

    @Override
    public void saveAll(List<Rating> list) {
        list.forEach(r -> ratings.put(r.accountId() + ":" + r.criterion().toLowerCase(), r));
    }

    @Override
    public void delete(long accountId, String criterion) {
        ratings.remove(accountId + ":" + criterion.toLowerCase());
    }

    @Override
    public List<Designation> history() {
        return designations;
    }

    @Override
    public void add(Designation designation) {
        designations.add(designation);
    }

    @Override
    public List<Effort> efforts() {
        return List.copyOf(efforts.values());
    }

    @Override
    public void saveEfforts(List<Effort> list) {
        list.forEach(e -> efforts.put(e.accountId() + ":" + e.year(), e));
    }

    @Override
    public List<EstimatedSpend> estimatedSpend() {
        return List.copyOf(spend.values());
    }

    @Override
    public void saveEstimatedSpend(List<EstimatedSpend> list) {
        list.forEach(s -> spend.put(s.accountId(), s));
    }
}
