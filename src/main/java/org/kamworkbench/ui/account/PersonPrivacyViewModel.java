package org.kamworkbench.ui.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.kamworkbench.service.privacy.PersonFootprint;
import org.kamworkbench.service.port.LocalFiles;
import org.kamworkbench.service.privacy.PrivacyService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.ui.common.Texts;

/**
 * "Forget this person…" and "Export this person's data…" on the stakeholders view: reads what the workspace
 * holds about a person, lists what forgetting would change, forgets, or writes it as JSON — all in the
 * background.
 */
public final class PersonPrivacyViewModel {
    private final PrivacyService privacy;
    private final LocalFiles files;
    private final Background background;
    private final Texts texts;

    public PersonPrivacyViewModel(PrivacyService privacy, LocalFiles files, Background background, Texts texts) {
        this.privacy = privacy;
        this.files = files;
        this.background = background;
        this.texts = texts;
    }

    /** Reads what the workspace holds about stakeholder {@code id}. */
    public void footprint(long id, Consumer<PersonFootprint> then, Consumer<String> onError) {
        background.run(texts.get("forget.title"), m -> privacy.footprint(id), then,
                e -> onError.accept(Problems.sentence(e, texts)));
    }

    /** Forgets stakeholder {@code id}; {@code done} gets the sentence saying what was removed. */
    public void forget(long id, Consumer<String> done, Consumer<String> onError) {
        background.run(texts.get("forget.title"), m -> privacy.forget(id),
                f -> done.accept(texts.format("forget.done", f.person().name(), f.linkCount())),
                e -> onError.accept(Problems.sentence(e, texts)));
    }

    /** Writes what the workspace holds about stakeholder {@code id} to {@code file}, as JSON. */
    public void export(long id, Path file, Consumer<String> done, Consumer<String> onError) {
        background.run(texts.get("personExport.title"), m -> {
            PersonFootprint f = privacy.footprint(id);
            try {
                files.writeText(file, json().writeValueAsString(f) + System.lineSeparator());
            } catch (IOException e) {
                throw new IllegalStateException(texts.format("personExport.failed", file, e.getMessage()), e);
            }
            return f;
        }, f -> done.accept(texts.format("personExport.done", f.person().name(), file)),
                e -> onError.accept(Problems.sentence(e, texts)));
    }

    /** The lines of the confirmation: what forgetting the person will change. */
    public List<String> changes(PersonFootprint f) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("forget.record"));
        if (f.reportsTo() != null) {
            lines.add(texts.format("forget.reportsTo", f.reportsTo()));
        }
        if (!f.directReports().isEmpty()) {
            lines.add(texts.format("forget.reports", f.directReports().size()));
        }
        if (!f.meetings().isEmpty()) {
            lines.add(texts.format("forget.meetings", f.meetings().size()));
        }
        if (!f.planReviews().isEmpty()) {
            lines.add(texts.format("forget.reviews", f.planReviews().size()));
        }
        if (!f.actions().isEmpty()) {
            lines.add(texts.format("forget.actions", f.actions().size()));
        }
        if (!f.mentions().isEmpty()) {
            lines.add(texts.format("forget.mentions", f.mentions().size(), PrivacyService.REPLACEMENT));
        }
        return lines;
    }

    private static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).registerModule(new JavaTimeModule());
    }
}
