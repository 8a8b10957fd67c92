package org.kamworkbench.cli;

import java.util.List;

/** Bad input: exit code 2, each line printed on stderr. */
public class BadInputException extends RuntimeException {
    private final List<String> lines;

    public BadInputException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public BadInputException(String line) {
        this(List.of(line));
    }

    public List<String> lines() {
        return lines;
    }
}
