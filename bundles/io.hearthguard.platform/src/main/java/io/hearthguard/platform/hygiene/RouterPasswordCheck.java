package io.hearthguard.platform.hygiene;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Scores the router's administrator (or Wi-Fi) password the household types in, without
 * keeping it: only the verdict is returned, and the given array is overwritten before the
 * method returns. For an entry form (the dashboard owns the form); docs/hygiene.md.
 */
@ProviderType
public interface RouterPasswordCheck {

    /** Longest password accepted (the strength estimate grows with the length). */
    int MAX_LENGTH = 256;

    /**
     * The verdict on one password.
     *
     * @param score            0 (guessed at once) to 4 (strong), zxcvbn's scale; 0 for a well-known default
     * @param strength         {@code very weak}, {@code weak}, {@code fair}, {@code good} or {@code strong}
     * @param wellKnownDefault the password is on the public default-login lists (a maker's default or one botnets try)
     * @param verdict          one sentence for the family
     * @param advice           what would make it stronger; empty when it is strong
     */
    record Verdict(int score, String strength, boolean wellKnownDefault, String verdict, List<String> advice) {
        public Verdict {
            advice = List.copyOf(advice);
        }
    }

    /**
     * @param password the password; overwritten with zeros before this returns, also on error
     * @return the verdict, which contains no part of the password
     * @throws IllegalArgumentException when it is null or longer than {@link #MAX_LENGTH}
     */
    Verdict check(char[] password);
}
