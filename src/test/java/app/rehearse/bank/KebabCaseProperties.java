package app.rehearse.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class KebabCaseProperties {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Property(tries = 5000)
    void theHandWrittenCheckAgreesWithTheRegularExpression(@ForAll("idLike") String id) {
        assertThat(QuestionRules.isKebabCase(id)).as(id).isEqualTo(KEBAB.matcher(id).matches());
    }

    @Provide
    Arbitrary<String> idLike() {
        return Arbitraries.strings().withChars("ab09-_A é").ofMinLength(0).ofMaxLength(8);
    }
}
