package app.rehearse.history;

import app.rehearse.practice.SessionRepository;
import app.rehearse.storage.DataLayout;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Deleting sessions: they are moved to {@code trash/} (with an undo), and only emptying the
 * trash removes anything for good. Emptying touches nothing outside the trash folder: links
 * inside it are removed as links, never followed.
 */
public final class Trash {
    private final DataLayout layout;
    private final SessionRepository repository;

    /** @param repository a repository over the same data directory's sessions and trash */
    public Trash(DataLayout layout, SessionRepository repository) {
        this.layout = layout;
        this.repository = repository;
    }

    /** A folder in the trash; {@code name} is the session id, with {@code ~2}, {@code ~3}… when trashed more than once. */
    public record TrashedSession(String name, Path folder) {
        public String id() {
            int tilde = name.lastIndexOf('~');
            return tilde > 0 && name.substring(tilde + 1).chars().allMatch(Character::isDigit) ? name.substring(0, tilde) : name;
        }
    }

    public UndoToken moveToTrash(String id) throws IOException {
        return moveToTrash(List.of(id));
    }

    /** Moves all the sessions or none: if one cannot be moved, those already moved are put back and the error thrown. */
    public UndoToken moveToTrash(List<String> ids) throws IOException {
        List<UndoToken.Move> moves = new ArrayList<>();
        for (String id : ids) {
            try {
                moves.add(new UndoToken.Move(id, repository.moveToTrash(id)));
            } catch (IOException e) {
                try {
                    undo(new UndoToken(moves));
                } catch (IOException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }
        return new UndoToken(moves);
    }

    /** Puts the sessions of one delete back where they were. Restores all it can, then reports any it could not. */
    public void undo(UndoToken token) throws IOException {
        List<String> problems = new ArrayList<>();
        for (UndoToken.Move move : token.moves()) {
            try {
                restore(move.trashed(), move.id());
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IOException(String.join("; ", problems));
        }
    }

    /** Puts one trashed session back under its id. */
    public void restore(TrashedSession trashed) throws IOException {
        restore(trashed.folder(), trashed.id());
    }

    private void restore(Path trashed, String id) throws IOException {
        Path inTrash = trashed.toAbsolutePath().normalize();
        if (!inTrash.getParent().equals(layout.trash().toAbsolutePath().normalize())) {
            throw new IOException(trashed + " is not in the trash");
        }
        if (!Files.exists(inTrash, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("session " + id + " is no longer in the trash (was it emptied?)");
        }
        Path target = layout.sessions().resolve(id);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot restore session " + id + ": a session folder with that name exists again");
        }
        Files.createDirectories(layout.sessions());
        Files.move(inTrash, target);
    }

    /** What is in the trash, by name. */
    public List<TrashedSession> contents() throws IOException {
        List<TrashedSession> found = new ArrayList<>();
        Path trash = checkedTrash();
        if (trash == null) {
            return found;
        }
        try (DirectoryStream<Path> children = Files.newDirectoryStream(trash)) {
            children.forEach(child -> found.add(new TrashedSession(child.getFileName().toString(), child)));
        }
        found.sort(java.util.Comparator.comparing(TrashedSession::name));
        return found;
    }

    /** Deletes everything in the trash for good; returns how many sessions (top-level entries) went. */
    public int empty() throws IOException {
        Path trash = checkedTrash();
        if (trash == null) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> children = Files.newDirectoryStream(trash)) {
            for (Path child : children) {
                deleteTree(child, trash);
                removed++;
            }
        }
        return removed;
    }

    /** The trash folder, null when there is none yet; refuses a trash that is itself a link to elsewhere. */
    private Path checkedTrash() throws IOException {
        Path trash = layout.trash().toAbsolutePath().normalize();
        if (!Files.exists(trash, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (Files.isSymbolicLink(trash) || !Files.isDirectory(trash, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(trash + " is not a plain folder; not touching it");
        }
        return trash;
    }

    private static void deleteTree(Path root, Path trash) throws IOException {
        // walkFileTree does not follow links by default: a link is visited as a file and deleted as a link.
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                delete(file, trash);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                delete(dir, trash);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path path, Path trash) throws IOException {
        if (!path.toAbsolutePath().normalize().startsWith(trash) || path.toAbsolutePath().normalize().equals(trash)) {
            throw new IOException("refusing to delete " + path + ": outside the trash");
        }
        Files.delete(path);
    }
}
