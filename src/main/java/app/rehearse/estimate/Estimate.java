package app.rehearse.estimate;

import java.util.List;

/**
 * Works out one line of a back-of-envelope estimate with units, such as {@code 2e9 pages/month in /s} or
 * {@code 500M users * 2 KB in TB}. Numbers take a multiplier (3k, 2M, 1.5bn); {@code + - * /}, {@code per}
 * and parentheses work as usual, a number followed by a unit multiplies it, and {@code in UNIT} at the end
 * says how to show the answer. Words that are not units ("pages", "users") are counted things carried
 * through to the answer.
 */
public final class Estimate {
    private final String text;
    private final List<Token> tokens;
    private int at;

    private Estimate(String text) throws EstimateException {
        this.text = text;
        this.tokens = Token.scan(text);
    }

    /** The answer, shown in the units asked for after "in", or in the readiest ones. */
    public static String evaluate(String line) throws EstimateException {
        Estimate estimate = new Estimate(line.strip());
        if (estimate.tokens.isEmpty()) {
            throw new EstimateException(1, "write an estimate, for example 2e9 pages/month in /s");
        }
        Quantity value = estimate.expression();
        if (estimate.peekWord("in")) {
            Token in = estimate.next();
            if (estimate.atEnd()) {
                throw new EstimateException(in.column() + 2, "say which units to show it in after \"in\"");
            }
            int column = estimate.peek().column();
            Quantity target = estimate.target();
            estimate.expectEnd();
            if (!value.sameMeasure(target)) {
                throw new EstimateException(column, "the answer is " + Display.unitsOf(value) + ", which cannot be shown in "
                        + estimate.text.substring(column - 1).strip());
            }
            return Display.in(value, target, estimate.text.substring(column - 1).strip());
        }
        estimate.expectEnd();
        return Display.readiest(value);
    }

    private Quantity expression() throws EstimateException {
        Quantity value = term();
        while (peekSymbol('+') || peekSymbol('-')) {
            Token op = next();
            Quantity right = term();
            if (!value.sameMeasure(right) || !value.nouns().equals(right.nouns())) {
                throw new EstimateException(op.column(), "cannot " + (op.text().equals("+") ? "add " : "subtract ")
                        + Display.unitsOf(right) + (op.text().equals("+") ? " to " : " from ") + Display.unitsOf(value));
            }
            value = value.plus(right, op.text().equals("+") ? 1 : -1);
        }
        return value;
    }

    private Quantity term() throws EstimateException {
        Quantity value = factor();
        while (true) {
            if (peekSymbol('*')) {
                next();
                value = value.times(factor());
            } else if (peekSymbol('/') || peekWord("per")) {
                next();
                value = value.dividedBy(factor());
            } else {
                return value;
            }
        }
    }

    private Quantity factor() throws EstimateException {
        if (peekSymbol('-')) {
            next();
            return factor().times(Quantity.number(-1));
        }
        Quantity value = primary();
        if (peekSymbol('^')) {
            Token caret = next();
            Token exponent = next();
            if (exponent == null || exponent.kind() != Token.Kind.NUMBER || exponent.number() != Math.rint(exponent.number())) {
                throw new EstimateException(caret.column() + 1, "a power must be a whole number, as in 2^10");
            }
            value = value.power((int) exponent.number());
        }
        return value;
    }

    private Quantity primary() throws EstimateException {
        Token token = next();
        if (token == null) {
            throw new EstimateException(text.length() + 1, "the estimate ends too soon");
        }
        switch (token.kind()) {
            case NUMBER: {
                double number = token.number();
                if (peek() != null && peek().kind() == Token.Kind.WORD) {
                    var multiplier = Units.multiplier(peek().text());
                    if (multiplier.isPresent()) {
                        next();
                        number *= multiplier.get();
                    }
                }
                Quantity value = Quantity.number(number);
                // "2 KB" and "30 days": a unit right after a number belongs to it.
                return peek() != null && peek().kind() == Token.Kind.WORD && !isKeyword(peek().text())
                        ? value.times(unit(next())) : value;
            }
            case WORD:
                if (isKeyword(token.text())) {
                    throw new EstimateException(token.column(), "expected a number or a unit before \"" + token.text() + "\"");
                }
                return unit(token);
            default:
                if (token.text().equals("(")) {
                    Quantity inner = expression();
                    Token close = next();
                    if (close == null || !close.text().equals(")")) {
                        throw new EstimateException(close == null ? text.length() + 1 : close.column(), "a \"(\" is not closed");
                    }
                    return inner;
                }
                throw new EstimateException(token.column(), "unexpected \"" + token.text() + "\"");
        }
    }

    /** What follows "in": units such as "TB", "/s", "pages/day" or "GB/month". */
    private Quantity target() throws EstimateException {
        Quantity value = Quantity.number(1);
        if (!peekSymbol('/')) {
            value = unit(expectWord());
        }
        while (peekSymbol('/') || peekSymbol('*')) {
            boolean divide = next().text().equals("/");
            Quantity unit = unit(expectWord());
            value = divide ? value.dividedBy(unit) : value.times(unit);
        }
        return value;
    }

    private Token expectWord() throws EstimateException {
        Token token = next();
        if (token == null || token.kind() != Token.Kind.WORD) {
            throw new EstimateException(token == null ? text.length() + 1 : token.column(), "expected a unit");
        }
        return token;
    }

    private static Quantity unit(Token word) {
        return Units.of(word.text()).orElseGet(() -> Quantity.unit(1, Display.noun(word.text())));
    }

    private static boolean isKeyword(String word) {
        return word.equals("in") || word.equals("per");
    }

    private void expectEnd() throws EstimateException {
        if (!atEnd()) {
            throw new EstimateException(peek().column(), "unexpected \"" + peek().text() + "\"");
        }
    }

    private boolean atEnd() {
        return at >= tokens.size();
    }

    private Token peek() {
        return atEnd() ? null : tokens.get(at);
    }

    private Token next() {
        return atEnd() ? null : tokens.get(at++);
    }

    private boolean peekSymbol(char symbol) {
        return peek() != null && peek().kind() == Token.Kind.SYMBOL && peek().text().equals(String.valueOf(symbol));
    }

    private boolean peekWord(String word) {
        return peek() != null && peek().kind() == Token.Kind.WORD && peek().text().equals(word);
    }
}
