package app.rehearse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
    private static final String LINUX = "Linux";
    private static final String HOME = "/home/ada";

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    private static Path resolve(Optional<String> flag, Map<String, String> env, String property) {
        return DataDirectory.resolve(flag, env, property, LINUX, HOME);
    }

    @Test
    void theCommandLineWinsOverEverythingElse() {
        assertThat(resolve(Optional.of("/from/flag"), env("REHEARSE_HOME", "/from/env"), "/from/property"))
                .isEqualTo(Path.of("/from/flag"));
    }

    @Test
    void theEnvironmentWinsOverTheSystemProperty() {
        assertThat(resolve(Optional.empty(), env("REHEARSE_HOME", "/from/env"), "/from/property"))
                .isEqualTo(Path.of("/from/env"));
    }

    @Test
    void theSystemPropertyWinsOverThePlatformDefault() {
        assertThat(resolve(Optional.empty(), env("XDG_DATA_HOME", "/xdg"), "/from/property")).isEqualTo(Path.of("/from/property"));
    }

    @Test
    void blankValuesAreSkipped() {
        assertThat(resolve(Optional.of("  "), env("REHEARSE_HOME", ""), "/from/property")).isEqualTo(Path.of("/from/property"));
        assertThat(resolve(Optional.of(""), env("REHEARSE_HOME", " \t"), " ")).isEqualTo(Path.of(HOME, ".local/share/rehearse"));
    }

    @Test
    void aRelativeChoiceIsMadeAbsoluteAndNormal() {
        assertThat(resolve(Optional.of("data/../rehearse-data"), env(), null))
                .isEqualTo(Path.of("rehearse-data").toAbsolutePath());
    }

    @Test
    void linuxUsesXdgDataHomeWhenItIsAbsolute() {
        assertThat(resolve(Optional.empty(), env("XDG_DATA_HOME", "/data/ada"), null)).isEqualTo(Path.of("/data/ada/rehearse"));
    }

    @Test
    void linuxIgnoresARelativeOrBlankXdgDataHome() {
        assertThat(resolve(Optional.empty(), env("XDG_DATA_HOME", "relative/dir"), null))
                .isEqualTo(Path.of(HOME, ".local", "share", "rehearse"));
        assertThat(resolve(Optional.empty(), env("XDG_DATA_HOME", " "), null)).isEqualTo(Path.of(HOME, ".local", "share", "rehearse"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(resolve(Optional.empty(), env(), null)).isEqualTo(Path.of(HOME, ".local", "share", "rehearse"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(Optional.empty(), env("XDG_DATA_HOME", "/xdg"), null, "Mac OS X", "/Users/ada"))
                .isEqualTo(Path.of("/Users/ada", "Library", "Application Support", "Rehearse"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.resolve(Optional.empty(), env("APPDATA", "C:\\Users\\ada\\AppData\\Roaming"), null,
                "Windows 11", "C:\\Users\\ada")).isEqualTo(Path.of("C:\\Users\\ada\\AppData\\Roaming", "Rehearse"));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderInTheHome() {
        assertThat(DataDirectory.resolve(Optional.empty(), env(), null, "Windows 10", "C:\\Users\\ada"))
                .isEqualTo(Path.of("C:\\Users\\ada", "AppData", "Roaming", "Rehearse"));
    }

    @Test
    void anExplicitChoiceWinsOnEveryPlatform() {
        for (String os : new String[] {"Windows 11", "Mac OS X", "Linux", "FreeBSD"}) {
            assertThat(DataDirectory.resolve(Optional.empty(), env("REHEARSE_HOME", "/chosen", "APPDATA", "/appdata"), null, os,
                    HOME)).as(os).isEqualTo(Path.of("/chosen"));
        }
    }

    @Test
    void theProcessOverloadReadsTheSystemProperty() {
        String before = System.getProperty(DataDirectory.PROPERTY);
        System.setProperty(DataDirectory.PROPERTY, "/tmp/rehearse-property-test");
        try {
            Path resolved = DataDirectory.resolve(Optional.empty());
            if (System.getenv(DataDirectory.ENV) == null || System.getenv(DataDirectory.ENV).isBlank()) {
                assertThat(resolved).isEqualTo(Path.of("/tmp/rehearse-property-test"));
            }
            assertThat(DataDirectory.resolve(Optional.of("/flag"))).isEqualTo(Path.of("/flag"));
        } finally {
            if (before == null) {
                System.clearProperty(DataDirectory.PROPERTY);
            } else {
                System.setProperty(DataDirectory.PROPERTY, before);
            }
        }
    }
}
