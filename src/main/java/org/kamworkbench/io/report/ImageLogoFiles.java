package org.kamworkbench.io.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kamworkbench.service.message.UserInputException;
import org.kamworkbench.service.port.LogoFiles;

/** Reads a PNG or JPEG logo, recognised by its first bytes (not by its name). */
public final class ImageLogoFiles implements LogoFiles {
    @Override
    public Logo read(Path file, int maxBytes) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UserInputException("logo.tooLarge", String.valueOf(file.getFileName()), size / 1024,
                        maxBytes / 1024);
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
                return new Logo(bytes, "image/png");
            }
            if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
                return new Logo(bytes, "image/jpeg");
            }
            throw new UserInputException("logo.notImage", String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new UserInputException("logo.unreadable", String.valueOf(file), String.valueOf(e.getMessage()));
        }
    }
}
