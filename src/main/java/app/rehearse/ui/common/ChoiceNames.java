package app.rehearse.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box names its items. They are picked, never typed, so no name is ever read back. */
public final class ChoiceNames {
    private ChoiceNames() {}

    public static <T> StringConverter<T> of(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a choice is picked, not typed");
            }
        };
    }
}
