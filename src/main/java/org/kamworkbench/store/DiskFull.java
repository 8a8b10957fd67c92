package org.kamworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Recognises a full disk anywhere in an exception chain (an {@code IOException} of the file system, or
 * an H2 error wrapping one) and says so in the one sentence a user can act on.
 */
public final class DiskFull {
    private static final String[] SIGNS = {"no space left on device", "disk quota exceeded",
        "not enough space on the disk", "there is not enough space"};

    private DiskFull() {
    }

    public static boolean causedBy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                String lower = message.toLowerCase(Locale.ROOT);
                for (String sign : SIGNS) {
                    if (lower.contains(sign)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "The disk is full (N MB free on /path)." for the file system holding {@code where}. */
    public static String sentence(Path where) {
        Path existing = where.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        long freeMb = 0;
        Path shown = existing != null ? existing : where.toAbsolutePath();
        try {
            if (existing != null) {
                freeMb = Files.getFileStore(existing).getUsableSpace() >> 20;
            }
        } catch (IOException e) {
            freeMb = 0; // cannot measure: say 0 rather than hide the cause
        }
        Path folder = Files.isDirectory(shown) ? shown : shown.getParent();
        return "The disk is full (" + freeMb + " MB free on " + (folder != null ? folder : shown) + ").";
    }

    /** The full-disk sentence when {@code error} was caused by one, else {@code otherwise}. */
    public static String sentenceOr(Throwable error, Path where, String otherwise) {
        return causedBy(error) ? sentence(where) : otherwise;
    }
}
