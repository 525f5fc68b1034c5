package io.hearthguard.hygiene.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.platform.findings.FindingAdmin;
import io.hearthguard.platform.hygiene.WifiSecurityCheck;

/**
 * The household's answer about the Wi-Fi's security mode, scored. The finding store is an
 * in-memory stand-in here (the real one is the findings bundle): it keeps findings by dedup key
 * and their state, which is what the score and the answer's resolving read.
 */
class WifiSecurityTest {

    static StoredFinding stored(String id, Finding f, FindingState state) {
        return new io.hearthguard.protection.testing.FakeFindings.Stored(id, f, 1, f.start(), f.start(), state, f.start());
    }

    /** Findings by dedup key, with their state; publishing a resolved one again reopens it. */
    static final class Store implements FindingService {
        final Map<String, StoredFinding> byKey = new LinkedHashMap<>();

        public synchronized StoredFinding publish(Finding f) {
            StoredFinding s = stored("f" + (byKey.containsKey(f.dedupKey()) ? byKey.get(f.dedupKey()).id().substring(1) : byKey.size()), f, FindingState.OPEN);
            byKey.put(f.dedupKey(), s);
            return s;
        }

        public Optional<StoredFinding> get(String id) {
            return byKey.values().stream().filter(s -> s.id().equals(id)).findFirst();
        }

        public synchronized List<StoredFinding> query(FindingFilter filter) {
            return new ArrayList<>(byKey.values()).stream().filter(s -> filter.states() == null || filter.states().isEmpty() || filter.states().contains(s.state())).toList();
        }

        FindingAdmin admin() {
            return (FindingAdmin) Proxy.newProxyInstance(FindingAdmin.class.getClassLoader(), new Class<?>[] { FindingAdmin.class }, (p, m, a) -> {
                if (m.getName().equals("transition")) {
                    StoredFinding s = get((String) a[0]).orElseThrow();
                    StoredFinding moved = stored(s.id(), s.finding(), (FindingState) a[1]);
                    byKey.put(s.finding().dedupKey(), moved);
                    return moved;
                }
                if (m.isDefault()) {
                    return java.lang.reflect.InvocationHandler.invokeDefault(p, m, a);
                }
                throw new UnsupportedOperationException(m.getName());
            });
        }

        int score() {
            return Score.of(List.copyOf(byKey.values())).score();
        }
    }

    @Test
    void eachModeCostsItsPointsAndAGoodAnswerWinsThemBack() {
        Store store = new Store();
        WifiSecurity wifi = new WifiSecurity(store, store.admin());
        WifiSecurityCheck.Verdict wep = wifi.tell("WEP", "dashboard:anna");
        assertEquals(25, wep.points());
        assertEquals("critical", wep.severity());
        assertEquals(WifiModes.ACTION, wep.action());
        assertEquals(75, store.score());
        assertEquals(WifiModes.ACTION, Score.of(List.copyOf(store.byKey.values())).reasons().get(0).action(), "the action that wins the points back");
        assertEquals("the household's answer in the dashboard", store.byKey.values().iterator().next().finding().evidence().get("readFrom"));

        WifiSecurityCheck.Verdict wpa = wifi.tell("wpa", "dashboard:anna");
        assertEquals(15, wpa.points());
        assertEquals(85, store.score(), "the WEP answer is resolved, the WPA one costs 15");

        WifiSecurityCheck.Verdict wpa3 = wifi.tell(" wpa3 ", "dashboard:anna");
        assertEquals(0, wpa3.points());
        assertNull(wpa3.severity());
        assertEquals("", wpa3.action());
        assertEquals(100, store.score(), "a good answer resolves every earlier one");
        assertTrue(store.byKey.values().stream().allMatch(s -> s.state() == FindingState.RESOLVED));

        assertEquals(0, wifi.tell("wpa2", "api:ha").points());
        assertEquals(25, wifi.tell("open", "dashboard:anna").points());
        assertEquals(75, store.score());
    }

    @Test
    void anythingButAModeIsRefusedWithTheModesNamed() {
        Store store = new Store();
        WifiSecurity wifi = new WifiSecurity(store, store.admin());
        for (String bad : new String[] { null, "", "wpa4", "correct horse battery staple", "w\u0000ep" }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> wifi.tell(bad, "dashboard:anna"));
            assertTrue(e.getMessage().contains("[open, wep, wpa, wpa2, wpa3]"), e.getMessage());
        }
        assertEquals(100, store.score());
        assertEquals("wpa2", WifiModes.fromBeacon("11i", null));
        assertEquals("wpa", WifiModes.fromBeacon("WPAand11i", null));
        assertEquals("open", WifiModes.fromBeacon("None", null));
        assertEquals("open", WifiModes.fromBeacon("Basic", "None"));
        assertNull(WifiModes.fromBeacon("Basic", null));
        assertNull(WifiModes.fromBeacon("Enterprise42", null));
    }
}
