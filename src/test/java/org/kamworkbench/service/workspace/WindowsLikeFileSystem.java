package org.kamworkbench.service.workspace;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A file system that reads paths as Windows does: a name holding {@code < > : " | ? *} (a colon only after a
 * drive letter) is not a path there, and {@link #getPath} throws {@link InvalidPathException} as
 * {@code Path.of} does on Windows. Every path it is asked for is recorded. Valid names are handed to this
 * machine's file system; nothing else is supported.
 */
final class WindowsLikeFileSystem extends FileSystem {
    private static final String RESERVED = "<>:\"|?*";
    final List<String> asked = new ArrayList<>();

    @Override
    public Path getPath(String first, String... more) {
        String whole = String.join("\\", first, String.join("\\", more));
        asked.add(whole);
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            boolean driveColon = c == ':' && i == 1 && Character.isLetter(first.charAt(0));
            if (RESERVED.indexOf(c) >= 0 && !driveColon) {
                throw new InvalidPathException(first, "Illegal char <" + c + ">", i);
            }
        }
        return FileSystems.getDefault().getPath(first, more);
    }

    @Override
    public FileSystemProvider provider() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() throws IOException {
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public String getSeparator() {
        return "\\";
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of();
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        throw new UnsupportedOperationException();
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException();
    }
}
