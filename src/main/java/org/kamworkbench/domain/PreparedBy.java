package org.kamworkbench.domain;

/**
 * Who prepares the workspace's reports, for their cover: a name, an organisation and an optional
 * logo image ({@code logo} the bytes of a PNG or JPEG file, {@code logoType} its media type;
 * both null when there is none). Blank texts are stored as empty strings.
 */
public record PreparedBy(String name, String organisation, byte[] logo, String logoType) {
    public static final PreparedBy NONE = new PreparedBy("", "", null, null);

    public PreparedBy {
        name = name == null ? "" : name.strip();
        organisation = organisation == null ? "" : organisation.strip();
        if ((logo == null) != (logoType == null)) {
            throw new IllegalArgumentException("A logo needs both its bytes and its media type.");
        }
    }

    public boolean hasLogo() {
        return logo != null;
    }

    public PreparedBy withoutLogo() {
        return new PreparedBy(name, organisation, null, null);
    }
}
