package org.kamworkbench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The options of the quick command-line JVM as a java {@code @argfile} in the cache folder, written after
 * a call the {@code kam} script made through {@code java -jar}: with it the script's next calls start
 * that JVM directly (measured: a launcher JVM costs a call about 0.25 s of processor time). The script
 * reads it: it looks for the jar's line and the {@code -XX:SharedArchiveFile} one.
 */
final class ScriptOptionsFile {
    /** The file's name, in the cache folder beside the archive. */
    static final String NAME = "kam-cli.args";

    private ScriptOptionsFile() {
    }

    /**
     * Whether the JVM options are exactly those the {@code kam} script gives (its home and its mark): a call
     * with options of the user's ({@code KAM_JAVA_OPTIONS}) is no model for the script's other calls.
     */
    static boolean launchedByTheScriptAlone(List<String> parentOptions) {
        return parentOptions.size() == 2 && parentOptions.contains("-D" + FastStart.SCRIPT_PROPERTY + "=true")
                && parentOptions.stream().anyMatch(o -> o.startsWith("-Duser.home="));
    }

    /**
     * Writes the file into {@code folder} for the quick JVM's {@code command} (without its java command:
     * the script gives its own); rewritten only when the options change or the jar is newer.
     */
    static void write(Path folder, List<String> command, Path jar) {
        String text = text(command.subList(1, command.size()));
        Path file = folder.resolve(NAME);
        try {
            if (Files.isRegularFile(file) && Files.readString(file).equals(text)
                    && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                return;
            }
            Path temporary = file.resolveSibling(NAME + "." + ProcessHandle.current().pid() + ".tmp");
            Files.writeString(temporary, text);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // the script then keeps going through java -jar
        }
    }

    /**
     * The options as a java {@code @argfile}, one quoted per line; the child's property becomes
     * {@link FastStart#DIRECT_PROPERTY} (no launcher to watch: the script's JVM is the call's only one).
     */
    static String text(List<String> options) {
        StringBuilder text = new StringBuilder();
        for (String option : options) {
            String o = option.equals("-D" + FastStart.CHILD_PROPERTY + "=true")
                    ? "-D" + FastStart.DIRECT_PROPERTY + "=true" : option;
            text.append('"').append(o.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
        }
        return text.toString();
    }
}
