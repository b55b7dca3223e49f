package app.rehearse.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrashTest {
    @TempDir
    Path home;
    @TempDir
    Path outside;

    private SessionFixture f;
    private Trash trash;

    private List<String> sessions(int n) throws IOException {
        f = new SessionFixture(home);
        trash = new Trash(f.layout, f.repository);
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(f.session(SessionFixture.design("q" + i, "Q" + i), SessionFixture.DAY_ONE.plus(Duration.ofHours(i)))
                    .notes("notes " + i).write());
        }
        return ids;
    }

    @Test
    void deletedSessionsLeaveTheHistoryAndUndoBringsThemBackUnchanged() throws Exception {
        List<String> ids = sessions(3);
        HistoryIndex index = HistoryIndex.open(f.layout, ZoneOffset.UTC);
        byte[] before = Files.readAllBytes(f.repository.folder(ids.get(0)).resolve("session.json"));

        UndoToken token = trash.moveToTrash(List.of(ids.get(0), ids.get(2)));
        index.refresh();

        assertThat(index.summaries()).extracting(SessionSummary::id).containsExactly(ids.get(1));
        assertThat(trash.contents()).extracting(Trash.TrashedSession::id).containsExactly(ids.get(0), ids.get(2));
        assertThat(token.ids()).containsExactly(ids.get(0), ids.get(2));

        trash.undo(token);
        index.refresh();

        assertThat(index.summaries()).extracting(SessionSummary::id).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(Files.readAllBytes(f.repository.folder(ids.get(0)).resolve("session.json"))).isEqualTo(before);
        assertThat(trash.contents()).isEmpty();
    }

    @Test
    void aDeleteMovesAllTheSessionsOrNone() throws Exception {
        List<String> ids = sessions(2);

        assertThatThrownBy(() -> trash.moveToTrash(List.of(ids.get(0), "no-such-session", ids.get(1))))
                .isInstanceOf(IOException.class);

        assertThat(f.repository.folder(ids.get(0))).isDirectory();
        assertThat(f.repository.folder(ids.get(1))).isDirectory();
        assertThat(trash.contents()).isEmpty();
    }

    @Test
    void undoNeverOverwritesASessionThatCameBackMeanwhile() throws Exception {
        List<String> ids = sessions(1);
        UndoToken token = trash.moveToTrash(ids.get(0));
        Files.createDirectories(f.repository.folder(ids.get(0)));
        Files.writeString(f.repository.folder(ids.get(0)).resolve("notes.md"), "new");

        assertThatThrownBy(() -> trash.undo(token)).hasMessageContaining("exists again");
        assertThat(Files.readString(f.repository.folder(ids.get(0)).resolve("notes.md"))).isEqualTo("new");
        assertThat(trash.contents()).hasSize(1);
    }

    @Test
    void aSessionTrashedTwiceKeepsBothCopiesAndEachRestoresUnderItsId() throws Exception {
        List<String> ids = sessions(1);
        String id = ids.get(0);
        trash.moveToTrash(id);
        Files.createDirectories(f.repository.folder(id));
        Files.writeString(f.repository.folder(id).resolve("notes.md"), "second");
        trash.moveToTrash(id);

        List<Trash.TrashedSession> contents = trash.contents();
        assertThat(contents).extracting(Trash.TrashedSession::name).containsExactly(id, id + "~2");
        assertThat(contents).extracting(Trash.TrashedSession::id).containsOnly(id);

        trash.restore(contents.get(1));
        assertThat(Files.readString(f.repository.folder(id).resolve("notes.md"))).isEqualTo("second");
    }

    @Test
    void emptyingTheTrashDeletesItsContentsForGoodAndUndoThenSaysSo() throws Exception {
        List<String> ids = sessions(2);
        UndoToken token = trash.moveToTrash(ids);

        assertThat(trash.empty()).isEqualTo(2);

        assertThat(f.layout.trash()).isEmptyDirectory();
        assertThat(f.layout.sessions()).isEmptyDirectory();
        assertThatThrownBy(() -> trash.undo(token)).hasMessageContaining("no longer in the trash");
        assertThat(trash.empty()).isZero();
    }

    @Test
    void emptyingNeverFollowsLinksOutOfTheTrash() throws Exception {
        List<String> ids = sessions(1);
        Path precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
        trash.moveToTrash(ids.get(0));
        Path trashed = f.layout.trash().resolve(ids.get(0));
        try {
            Files.createSymbolicLink(trashed.resolve("link-to-outside"), outside);
            Files.createSymbolicLink(f.layout.trash().resolve("top-level-link"), outside);
            Files.createSymbolicLink(trashed.resolve("file-link"), precious);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
        }

        assertThat(trash.empty()).isEqualTo(2);

        assertThat(precious).hasContent("keep me");
        assertThat(outside).isDirectory();
        assertThat(f.layout.trash()).isEmptyDirectory();
    }

    @Test
    void aTrashFolderThatIsItselfALinkIsNeverEmptied() throws Exception {
        sessions(0);
        Path precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
        Files.createDirectories(home);
        try {
            Files.createSymbolicLink(f.layout.trash(), outside);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
        }

        assertThatThrownBy(() -> trash.empty()).hasMessageContaining("not a plain folder");
        assertThat(precious).hasContent("keep me");
    }
}
