package io.hearthguard.hygiene.internal;

import java.util.Map;

import io.hearthguard.api.finding.Severity;

/**
 * What the exposure check learned about one open port.
 *
 * @param ip       the address checked
 * @param port     the table entry
 * @param severity the entry's severity, raised or lowered by what the service answered
 * @param summary  one sentence: what is exposed
 * @param banner   the cleaned first answer ({@link Banner}), possibly empty
 * @param software product and version read from the answer, or empty
 * @param facts    what the probe established (e.g. {@code anonymous=true}, {@code status=401})
 * @param note     why the answer was cut, or null
 */
record Exposure(String ip, RiskyPort port, Severity severity, String summary, String banner, String software,
        Map<String, Object> facts, String note) {

    boolean fact(String key) {
        return Boolean.TRUE.equals(facts.get(key));
    }
}
