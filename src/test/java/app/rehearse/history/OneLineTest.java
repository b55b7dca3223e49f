package app.rehearse.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {
    @Test
    void textThatFitsIsLeftAsItIs() {
        assertThat(OneLine.cut("Token bucket", 12)).isEqualTo("Token bucket");
    }

    @Test
    void longerTextEndsInAnEllipsisWithinTheLength() {
        assertThat(OneLine.cut("Token bucket per tenant", 12)).isEqualTo("Token bucke…").hasSize(12);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String withEmoji = "Ship it \uD83D\uDE80 now";
        String cut = OneLine.cut(withEmoji, 10);
        assertThat(cut).isEqualTo("Ship it …");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }
}
