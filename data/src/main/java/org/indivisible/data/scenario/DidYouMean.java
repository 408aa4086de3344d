package org.indivisible.data.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Suggests the closest known name for a misspelt one, so that "unknown actor CNH" comes with
 * "did you mean CHN?". Only close names are offered: an unrelated suggestion misleads more than
 * none.
 */
final class DidYouMean {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private DidYouMean() {
    }

    /** The closest candidate within an edit distance of about a third of the word, if any. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equalsIgnoreCase(word)) {
                return Optional.of(c);
            }
            int d = DISTANCE.apply(lower, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /** {@code " (did you mean X?)"} or nothing. */
    static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> " (did you mean " + c + "?)").orElse("");
    }
}
