package io.hearthguard.hygiene.internal;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import io.hearthguard.platform.hygiene.RouterPasswordCheck;

/**
 * The router password check: the public default-login lists of this bundle (every password in
 * {@link DefaultCredentials} plus the routers' own factory defaults below), then zxcvbn4j's
 * estimate with the words a router password should not lean on. The password is never
 * logged, stored or put in the verdict; the caller's array is zeroed in {@code finally}.
 * zxcvbn works on a {@link CharSequence} view of that array and its result is wiped
 * ({@link Strength#wipe()}); copies the library makes internally while matching are not under
 * our control and go with the garbage collector.
 */
@Component(service = RouterPasswordCheck.class)
public final class RouterPassword implements RouterPasswordCheck {

    /** Factory defaults printed on routers and in their manuals (public, not secrets). */
    static final List<String> ROUTER_DEFAULTS = List.of("admin", "password", "1234", "12345", "123456", "", "root", "default", "changeme",
            "motorola", "cisco", "epicrouter", "administrator", "guest");
    private static final List<String> HOME_WORDS = List.of("router", "admin", "wifi", "wlan", "internet", "home", "hearthguard", "password");
    private static final String[] STRENGTH = { "very weak", "weak", "fair", "good", "strong" };

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final Set<String> defaults;

    public RouterPassword() {
        Set<String> d = new LinkedHashSet<>(ROUTER_DEFAULTS);
        DefaultCredentials.BY_SERVICE.values().forEach(l -> l.forEach(login -> d.add(login.password())));
        this.defaults = Set.copyOf(d);
    }

    @Override
    public Verdict check(char[] password) {
        if (password == null) {
            throw new IllegalArgumentException("no password given");
        }
        try {
            if (password.length > MAX_LENGTH) {
                throw new IllegalArgumentException("the password is longer than " + MAX_LENGTH + " characters; not checked");
            }
            CharBuffer pw = CharBuffer.wrap(password);
            boolean isDefault = defaults.stream().anyMatch(d -> CharBuffer.wrap(d).compareTo(pw) == 0);
            if (isDefault) {
                return new Verdict(0, STRENGTH[0], true, password.length == 0 ? "There is no password: anyone nearby can change the router's settings."
                        : "This is a well-known default password that attackers try first: change it now.",
                        List.of("Sign in to the router's page or app and set a long, unique password (a phrase of four or more unrelated words)."));
            }
            Strength s = zxcvbn.measure(pw, HOME_WORDS);
            try {
                int score = Math.max(0, Math.min(4, s.getScore()));
                List<String> advice = new ArrayList<>();
                if (score < 4) {
                    String warning = s.getFeedback().getWarning();
                    if (warning != null && !warning.isBlank()) {
                        advice.add(warning);
                    }
                    advice.addAll(s.getFeedback().getSuggestions());
                }
                String verdict = switch (score) {
                    case 0, 1 -> "This password is " + STRENGTH[score] + ": it would be guessed quickly. Change it.";
                    case 2 -> "This password is fair: better than most, but a longer one is easy to get.";
                    default -> "This password is " + STRENGTH[score] + ".";
                };
                return new Verdict(score, STRENGTH[score], false, verdict, advice);
            } finally {
                s.wipe();
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
