package org.kamworkbench.io.archive;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.kamworkbench.service.port.ArchiveManifest;

/** {@code manifest.json}: the manifest record as indented JSON, dates as ISO text. */
final class ManifestJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ManifestJson() {
    }

    static byte[] write(ArchiveManifest manifest) throws IOException {
        return JSON.writeValueAsBytes(manifest);
    }

    static ArchiveManifest read(byte[] json) throws IOException {
        return JSON.readValue(json, ArchiveManifest.class);
    }
}
