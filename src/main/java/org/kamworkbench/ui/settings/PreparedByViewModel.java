package org.kamworkbench.ui.settings;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kamworkbench.ui.common.Problems;
import org.kamworkbench.domain.PreparedBy;
import org.kamworkbench.service.report.ReportService;
import org.kamworkbench.ui.common.Background;
import org.kamworkbench.ui.common.Texts;

/** Settings › Reports: who prepares the reports (name, organisation, optional logo) for their cover. */
public final class PreparedByViewModel {
    private final ReportService reports;
    private final Background background;
    private final Texts texts;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper logoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private byte[] logo;
    private String logoType;

    public PreparedByViewModel(ReportService reports, Background background, Texts texts) {
        this.reports = reports;
        this.background = background;
        this.texts = texts;
    }

    public void load() {
        background.run(texts.get("preparedBy.loading"), m -> reports.preparedBy(), p -> {
            name.set(p.name());
            organisation.set(p.organisation());
            setLogo(p.logo(), p.logoType());
        }, e -> error.set(Problems.sentence(e, texts)));
    }

    /** Reads a logo image (PNG or JPEG, at most 1 MB); it is kept when the settings are saved. */
    public void chooseLogo(Path file) {
        error.set("");
        background.run(texts.get("preparedBy.loading"), m -> reports.readLogo(file),
                l -> setLogo(l.bytes(), l.mediaType()), e -> error.set(Problems.sentence(e, texts)));
    }

    public void removeLogo() {
        setLogo(null, null);
    }

    public void save() {
        error.set("");
        message.set("");
        PreparedBy changed = new PreparedBy(name.get(), organisation.get(), logo, logoType);
        background.run(texts.get("preparedBy.saving"), m -> {
            reports.savePreparedBy(changed);
            return changed;
        }, saved -> message.set(texts.get("preparedBy.saved")), e -> error.set(Problems.sentence(e, texts)));
    }

    private void setLogo(byte[] bytes, String type) {
        logo = bytes;
        logoType = type;
        logoText.set(bytes == null ? texts.get("preparedBy.noLogo")
                : texts.format("preparedBy.logo", type.substring("image/".length()).toUpperCase(java.util.Locale.ROOT),
                        Math.max(1, bytes.length / 1024)));
    }

    public boolean hasLogo() {
        return logo != null;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public ReadOnlyStringProperty logoTextProperty() {
        return logoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
