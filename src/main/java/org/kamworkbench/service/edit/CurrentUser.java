package org.kamworkbench.service.edit;

/**
 * Who is saving: the name recorded as the author of versioned changes, actions and meetings ("who I am").
 * The desktop keeps it equal to the user's setting; the command line uses the system user's name.
 */
public final class CurrentUser {
    private volatile String name;

    public CurrentUser(String name) {
        set(name);
    }

    /** The operating system's user: the name until a better one is given. */
    public static CurrentUser systemUser() {
        return new CurrentUser(System.getProperty("user.name", ""));
    }

    public String name() {
        return name;
    }

    /** Takes {@code newName}, trimmed; a blank one keeps the system user's name. */
    public void set(String newName) {
        String given = newName == null ? "" : newName.strip();
        name = given.isEmpty() ? System.getProperty("user.name", "").strip() : given;
    }
}
