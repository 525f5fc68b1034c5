package io.hearthguard.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import io.hearthguard.platform.hygiene.RouterPasswordCheck;

/**
 * The router password form's server side: hands the typed password to the hygiene bundle's
 * {@link RouterPasswordCheck} (zxcvbn and the default-login lists) and returns only the
 * verdict. The password is never stored or logged; the caller zeroes the request bytes and
 * the check zeroes the characters. Kept apart from {@link Api} so that the hygiene package
 * (an optional import) is linked only when the service exists.
 */
final class RouterPasswordForm {
    private RouterPasswordForm() {
    }

    static final int MAX_LENGTH = 256;

    /** @param service the RouterPasswordCheck service (typed Object so Api never links the class) */
    static Map<String, Object> check(Object service, char[] password) {
        RouterPasswordCheck.Verdict v = ((RouterPasswordCheck) service).check(password);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", v.score());
        m.put("strength", v.strength());
        m.put("wellKnownDefault", v.wellKnownDefault());
        m.put("verdict", v.verdict());
        m.put("advice", v.advice());
        return m;
    }
}
