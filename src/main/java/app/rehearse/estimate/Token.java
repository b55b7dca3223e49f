package app.rehearse.estimate;

import java.util.ArrayList;
import java.util.List;

/** One piece of an estimate: a number (2e9, 1,200, 0.5), a word (a unit or a counted thing) or a symbol. */
record Token(Kind kind, String text, double number, int column) {
    enum Kind { NUMBER, WORD, SYMBOL }

    static List<Token> scan(String text) throws EstimateException {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                i = number(text, i);
                String written = text.substring(start, i);
                try {
                    tokens.add(new Token(Kind.NUMBER, written, Double.parseDouble(written.replace(",", "").replace("_", "")),
                            start + 1));
                } catch (NumberFormatException e) {
                    throw new EstimateException(start + 1, "\"" + written + "\" is not a number");
                }
            } else if (Character.isLetter(c) || c == '\u00b5') {
                while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-'
                        || text.charAt(i) == '_' || text.charAt(i) == '\u00b5')) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i), 0, start + 1));
            } else if ("+-*/^()".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), 0, start + 1));
                i++;
            } else {
                throw new EstimateException(start + 1, "unexpected \"" + c + "\"");
            }
        }
        return tokens;
    }

    /** Digits with optional thousands separators, a fraction and an exponent: 1,200 and 2.5e9. */
    private static int number(String text, int i) {
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.'
                || (text.charAt(i) == ',' || text.charAt(i) == '_') && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int exponent = i + 1;
            if (exponent < text.length() && (text.charAt(exponent) == '-' || text.charAt(exponent) == '+')) {
                exponent++;
            }
            if (exponent < text.length() && Character.isDigit(text.charAt(exponent))) {
                i = exponent;
                while (i < text.length() && Character.isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }
}
