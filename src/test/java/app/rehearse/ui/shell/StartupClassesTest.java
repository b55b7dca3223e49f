package app.rehearse.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartupClassesTest {
    private final ClassLoader loader = StartupClasses.class.getClassLoader();

    @Test
    void everyListedClassIsOnTheClassPathSoTheListHasNotGoneStale() {
        List<String> listed = StartupClasses.listed();

        assertThat(listed).hasSizeGreaterThan(500).doesNotHaveDuplicates()
                .anyMatch(name -> name.startsWith("app.rehearse.ui."))
                .noneMatch(name -> name.startsWith("app.rehearse.bench.") || name.contains("monocle"));
        assertThat(StartupClasses.load(listed, loader))
                .as("a class the list names is gone: record the list again (see StartupClasses)")
                .isEqualTo(listed.size());
    }

    @Test
    void aClassThisPlatformLacksIsSkippedAndTheRestStillLoad() {
        int loaded = StartupClasses.load(List.of("com.sun.glass.ui.win.WinApplication", "java.util.BitSet",
                "app.rehearse.ui.shell.NoSuchPage"), loader);

        assertThat(loaded).isEqualTo(1);
    }
}
