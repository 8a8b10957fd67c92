package org.kamworkbench.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The file a call of the background process writes for its caller (its {@code --out}: an export, a
 * report, an archive, a person's data), given after the call the permissions the caller's own process
 * would have given it: the background process runs with umask 077, so it is created private (0600), and
 * is then opened up to what the caller's umask allows (022: 0644; 077: it stays 0600). A workspace
 * archive is private whatever the umask, as in a process of its own. Workspace files are not touched.
 */
final class CallerOutputs {
    /** The umask of a caller that could not tell it: its files stay as private as this process made them. */
    static final int UNKNOWN = -1;
    private static final int DEFAULT_FILE_MODE = 0666;
    private static final int PRIVATE_FILE_MODE = 0600;

    private final Path file;
    private final Object before;
    private final int intendedMode;

    private CallerOutputs(Path file, Object before, int intendedMode) {
        this.file = file;
        this.before = before;
        this.intendedMode = intendedMode;
    }

    /** This process's umask (Linux: {@code Umask:} in /proc/self/status), or {@link #UNKNOWN}. */
    static int umaskOfThisProcess() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("Umask:")) {
                    return Integer.parseInt(line.substring("Umask:".length()).trim(), 8) & 0777;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // no way to tell here
        }
        return UNKNOWN;
    }

    /** Notes, before a call runs, the file it names with {@code --out} (relative to {@code directory}). */
    static CallerOutputs before(List<String> args, Path directory) {
        String out = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--out") && i + 1 < args.size()) {
                out = args.get(i + 1);
            } else if (arg.startsWith("--out=")) {
                out = arg.substring("--out=".length());
            }
        }
        if (out == null) {
            return new CallerOutputs(null, null, 0);
        }
        Path file = directory.resolve(out).toAbsolutePath().normalize();
        boolean archive = args.indexOf("workspace") >= 0 && args.indexOf("export") > args.indexOf("workspace");
        return new CallerOutputs(file, identity(file), archive ? PRIVATE_FILE_MODE : DEFAULT_FILE_MODE);
    }

    /**
     * After the call: a file it created (or replaced by a new one) gets the caller's umask applied to the
     * mode its writer intended; a file it did not touch, or a caller of unknown umask, is left alone.
     */
    void applyUmask(int umask) {
        if (file == null || umask == UNKNOWN) {
            return;
        }
        Object now = identity(file);
        if (now == null || now.equals(before)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, permissions(intendedMode & ~umask));
        } catch (IOException | UnsupportedOperationException e) {
            // the file keeps this process's private mode: never laxer than the caller wanted
        }
    }

    /** The file's identity (device and inode), or null when it does not exist. */
    private static Object identity(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException missing) {
            return null;
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }
}
