package app.rehearse.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gentle warnings while a story is written, for the three things interviewers most often mark a
 * senior story down on. They never stop a save.
 * <ul>
 *   <li>The Action says "we" ({@code we, us, our}) more than twice as often as "I" ({@code I, me, my}),
 *       with at least {@value #FEWEST_WE} of them: the interviewer cannot tell what you did.</li>
 *   <li>The Result has no number, and no metric is listed: nothing shows it mattered.</li>
 *   <li>The Action has fewer words than the Situation and Task together: the story is mostly set-up.</li>
 * </ul>
 */
public final class StoryChecks {
    static final int FEWEST_WE = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");

    private StoryChecks() {}

    /** The warnings for a story as written so far; none for parts not written yet. */
    public static List<String> warnings(String situation, String task, String action, String result,
            List<String> metrics) {
        List<String> warnings = new ArrayList<>();
        int we = count(action, "we", "us", "our", "ours");
        int i = count(action, "i", "me", "my", "mine");
        if (we >= FEWEST_WE && we > 2 * i) {
            warnings.add("Action says \u201cwe\u201d " + we + " times and \u201cI\u201d " + i
                    + ": say what you did yourself.");
        }
        if (!result.isBlank() && !DIGIT.matcher(result).find() && metrics.isEmpty()) {
            warnings.add("Result has no number: how much faster, cheaper, fewer or sooner?");
        }
        int setUp = words(situation) + words(task);
        int acting = words(action);
        if (acting > 0 && acting < setUp) {
            warnings.add("Action is " + acting + " words against " + setUp + " of Situation and Task: spend the"
                    + " time on what you did.");
        }
        return warnings;
    }

    static int words(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int count(String text, String... forms) {
        List<String> wanted = List.of(forms);
        int n = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String word = m.group();
            int apostrophe = word.indexOf('\'');
            if (wanted.contains(apostrophe > 0 ? word.substring(0, apostrophe) : word)) {
                n++;
            }
        }
        return n;
    }
}
