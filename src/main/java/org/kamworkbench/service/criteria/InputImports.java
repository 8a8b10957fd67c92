package org.kamworkbench.service.criteria;

import org.kamworkbench.service.message.Sentence;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kamworkbench.domain.Account;
import org.kamworkbench.domain.CriteriaSet;
import org.kamworkbench.domain.Criterion;
import org.kamworkbench.domain.Effort;
import org.kamworkbench.domain.EstimatedSpend;
import org.kamworkbench.domain.Rating;
import org.kamworkbench.service.imports.parse.Currencies;
import org.kamworkbench.service.imports.parse.CurrencyMark;
import org.kamworkbench.service.imports.parse.InvalidValueException;
import org.kamworkbench.service.imports.parse.NumberParser;
import org.kamworkbench.service.imports.parse.ExternalIds;
import org.kamworkbench.service.port.TableFiles;

/**
 * The files behind scoring, each validated whole before anything is stored:
 * ratings ({@code account,criterion,rating[,date,author,comment]}), effort
 * ({@code account,year[,hours,budget]}) and estimated spend ({@code account,amount,currency}).
 * Accounts are named by external id; numbers use a decimal point and are read strictly. Ratings
 * may also come as the wide sheet the ratings export writes: an account column, then one column per
 * criterion named as in the set (other columns, such as the account's name, are ignored).
 */
final class InputImports {
    private final NumberParser numbers = NumberParser.forDecimalSeparator('.');
    private final TableFiles files;
    private final Map<String, Account> accounts = new HashMap<>();

    InputImports(TableFiles files, List<Account> accountList) {
        this.files = files;
        accountList.forEach(a -> accounts.put(a.externalId(), a));
    }

    /** The imports against the workspace's accounts as they are now. */
    static InputImports of(TableFiles files, org.kamworkbench.service.portfolio.PortfolioService portfolio) {
        return new InputImports(files, portfolio.load().accounts());
    }

    /** The columns naming the account in a wide ratings sheet, the first present wins (compared ignoring case). */
    static final List<String> ACCOUNT_COLUMNS = List.of("account", "externalId", "external id", "account id", "id");

    /** The ratings of a file in either form; the form is told by the header (a criterion and a rating column). */
    RatingsImport ratingsAnyForm(Path file, CriteriaSet set, String author, LocalDate today,
                                 java.util.function.Consumer<List<Rating>> store) {
        List<String> header = TableInput.header(files, file);
        java.util.Set<String> lower = new java.util.HashSet<>();
        header.forEach(h -> lower.add(h.trim().toLowerCase(java.util.Locale.ROOT)));
        if (lower.contains("criterion") && lower.contains("rating")) {
            List<Rating> list = ratings(file, set, author, today);
            store.accept(list);
            return new RatingsImport(list.size(), false, List.of(), List.of());
        }
        String accountColumn = null;
        for (String candidate : ACCOUNT_COLUMNS) {
            for (String h : header) {
                if (accountColumn == null && h.trim().equalsIgnoreCase(candidate)) {
                    accountColumn = h.trim();
                }
            }
        }
        List<String> criteria = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String h : header) {
            String name = h.trim();
            Criterion c = set.criterion(name);
            if (name.equals(accountColumn)) {
                continue;
            }
            if (c != null && c.source().manual()) {
                criteria.add(name);
            } else if (!name.isEmpty()) {
                ignored.add(name);
            }
        }
        if (accountColumn == null || criteria.isEmpty()) {
            List<String> manual = set.criteria().stream().filter(c -> c.source().manual()).map(Criterion::name).toList();
            throw new CriteriaInputException("criteria.notRatings", set.name(), String.join(", ", manual), accountColumn == null ? 0 : 1);
        }
        List<Rating> list = ratingsWide(file, set, author, today, accountColumn, criteria);
        store.accept(list);
        return new RatingsImport(list.size(), true, criteria, ignored);
    }

    /** The wide sheet: per row the account, per criterion column its level; an empty cell rates nothing. */
    private List<Rating> ratingsWide(Path file, CriteriaSet set, String author, LocalDate today, String accountColumn,
                                     List<String> criteria) {
        TableInput in = TableInput.read(files, file, List.of(accountColumn), criteria);
        List<Rating> ratings = new ArrayList<>();
        for (TableInput.Row row : in.rows()) {
            if (row.cells().values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            String id = row.get(accountColumn);
            Account account = accounts.get(ExternalIds.normalize(id));
            if (account == null) {
                in.problem(row, accountColumn, id.isEmpty() ? null : id, id.isEmpty() ? Sentence.of("value.accountEmpty")
                        : Sentence.of("value.notAccount"));
            }
            for (String name : criteria) {
                if (row.get(name).isEmpty()) {
                    continue;
                }
                Criterion criterion = set.criterion(name);
                Integer level = wholeNumber(in, row, name);
                if (level != null && (level < 1 || level > criterion.scale())) {
                    in.problem(row, name, row.get(name), "value.outsideScale", String.valueOf(criterion.scale()),
                            criterion.name());
                    level = null;
                }
                if (account != null && level != null) {
                    ratings.add(new Rating(account.id(), criterion.name(), level, today, author, ""));
                }
            }
        }
        in.failOnProblems();
        return ratings;
    }

    List<Rating> ratings(Path file, CriteriaSet set, String author, LocalDate today) {
        TableInput in = TableInput.read(files, file, List.of("account", "criterion", "rating"),
                List.of("date", "author", "comment"));
        List<Rating> ratings = new ArrayList<>();
        for (TableInput.Row row : in.rows()) {
            Account account = account(in, row);
            String name = row.get("criterion");
            Criterion criterion = set.criterion(name);
            if (criterion == null || !criterion.source().manual()) {
                in.problem(row, "criterion", name, criterion == null
                        ? Sentence.of("value.notCriterion", set.name(), String.valueOf(set.version()))
                        : Sentence.of("value.derivedCriterion", criterion.source().code()));
            }
            Integer level = wholeNumber(in, row, "rating");
            if (level != null && criterion != null && (level < 1 || level > criterion.scale())) {
                in.problem(row, "rating", row.get("rating"), "value.outsideScale", String.valueOf(criterion.scale()),
                        criterion.name());
                level = null;
            }
            LocalDate date = today;
            if (!row.get("date").isEmpty()) {
                try {
                    date = LocalDate.parse(row.get("date"));
                } catch (DateTimeParseException e) {
                    in.problem(row, "date", row.get("date"), "value.notIsoDate");
                }
            }
            if (account != null && criterion != null && criterion.source().manual() && level != null) {
                String by = row.get("author").isEmpty() ? author : row.get("author");
                ratings.add(new Rating(account.id(), criterion.name(), level, date, by, row.get("comment")));
            }
        }
        in.failOnProblems();
        return ratings;
    }

    List<Effort> efforts(Path file) {
        TableInput in = TableInput.read(files, file, List.of("account", "year"), List.of("hours", "budget"));
        List<Effort> efforts = new ArrayList<>();
        for (TableInput.Row row : in.rows()) {
            Account account = account(in, row);
            Integer year = wholeNumber(in, row, "year");
            if (year != null && (year < 1900 || year > 2200)) {
                in.problem(row, "year", row.get("year"), "value.notYear");
            }
            BigDecimal hours = number(in, row, "hours", false);
            BigDecimal budget = number(in, row, "budget", false);
            if (hours == null && budget == null && row.get("hours").isEmpty() && row.get("budget").isEmpty()) {
                in.problem(row, null, null, "value.noEffort");
            }
            if (account != null && year != null) {
                efforts.add(new Effort(account.id(), year, hours, budget));
            }
        }
        in.failOnProblems();
        return efforts;
    }

    List<EstimatedSpend> spend(Path file) {
        TableInput in = TableInput.read(files, file, List.of("account", "amount", "currency"), List.of());
        List<EstimatedSpend> spend = new ArrayList<>();
        for (TableInput.Row row : in.rows()) {
            Account account = account(in, row);
            BigDecimal amount = number(in, row, "amount", true);
            CurrencyMark mark = amount == null ? null : numbers.lastCurrency();
            if (row.get("amount").isEmpty()) {
                in.problem(row, "amount", "", "value.noSpend");
            }
            String currency = Currencies.code(row.get("currency"));
            if (currency == null) {
                in.problem(row, "currency", row.get("currency"), "value.notCurrency");
            }
            Sentence disagreement = CurrencyMark.disagreement(mark, currency);
            if (disagreement != null) {
                in.problem(row, "amount", row.get("amount"), disagreement);
                amount = null;
            }
            if (account != null && amount != null) {
                spend.add(new EstimatedSpend(account.id(), amount, currency));
            }
        }
        in.failOnProblems();
        return spend;
    }

    private Account account(TableInput in, TableInput.Row row) {
        String id = row.get("account");
        Account account = accounts.get(ExternalIds.normalize(id));
        if (account == null) {
            in.problem(row, "account", id, "value.notAccount");
        }
        return account;
    }

    private Integer wholeNumber(TableInput in, TableInput.Row row, String column) {
        String text = row.get(column);
        try {
            long n = numbers.parseWhole(text);
            if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                in.problem(row, column, text, "value.tooLarge");
                return null;
            }
            return (int) n;
        } catch (InvalidValueException e) {
            in.problem(row, column, text.isEmpty() ? null : text, e.sentence());
            return null;
        }
    }

    /** A number that is not negative; {@code withCurrency} lets a currency be written beside it. */
    private BigDecimal number(TableInput in, TableInput.Row row, String column, boolean withCurrency) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = withCurrency ? numbers.parseAmount(text) : numbers.parseDecimal(text);
            if (value.signum() < 0) {
                in.problem(row, column, text, "value.negative");
                return null;
            }
            return value;
        } catch (InvalidValueException e) {
            in.problem(row, column, text, e.sentence());
            return null;
        }
    }
}
