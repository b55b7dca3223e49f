package app.rehearse.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemLookTest {

    private static SystemLook.Commands answering(Map<String, String> byLastWord) {
        return command -> Optional.ofNullable(byLastWord.get(command.get(command.size() - 1)));
    }

    @Test
    void gnomeSaysDarkThroughItsColourSchemeOrItsThemeName() {
        assertThat(SystemLook.prefersDark("Linux", Map.of(), answering(Map.of("color-scheme", "'prefer-dark'\n")))).isTrue();
        assertThat(SystemLook.prefersDark("Linux", Map.of(), answering(Map.of("color-scheme", "'default'\n",
                "gtk-theme", "'Adwaita-dark'\n")))).isTrue();
        assertThat(SystemLook.prefersDark("Linux", Map.of(), answering(Map.of("color-scheme", "'default'\n",
                "gtk-theme", "'Adwaita'\n")))).isFalse();
        assertThat(SystemLook.prefersDark("Linux", Map.of("GTK_THEME", "Arc:dark"), command -> Optional.empty())).isTrue();
    }

    @Test
    void macOsAndWindowsAnswerInTheirOwnWords() {
        assertThat(SystemLook.prefersDark("Mac OS X", Map.of(), answering(Map.of("AppleInterfaceStyle", "Dark\n")))).isTrue();
        assertThat(SystemLook.prefersDark("Mac OS X", Map.of(), command -> Optional.empty())).as("light has no key").isFalse();
        assertThat(SystemLook.prefersDark("Windows 11", Map.of(), answering(Map.of("AppsUseLightTheme",
                "    AppsUseLightTheme    REG_DWORD    0x0\n")))).isTrue();
        assertThat(SystemLook.prefersDark("Windows 11", Map.of(), answering(Map.of("AppsUseLightTheme",
                "    AppsUseLightTheme    REG_DWORD    0x1\n")))).isFalse();
    }

    @Test
    void aDesktopThatCannotBeAskedIsLight() {
        assertThat(SystemLook.prefersDark("Linux", Map.of(), command -> Optional.empty())).isFalse();
        assertThat(SystemLook.prefersDark("FreeBSD", Map.of(), command -> {
            assertThat(command).isNotEmpty();
            return Optional.empty();
        })).isFalse();
    }

    @Test
    void askingThisMachineNeverThrows() {
        assertThatCode(SystemLook::prefersDark).doesNotThrowAnyException();
    }
}
