package io.hearthguard.hygiene.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.DeviceRef;
import io.hearthguard.api.finding.Finding;
import io.hearthguard.api.finding.Severity;
import io.hearthguard.platform.hygiene.WifiSecurityCheck;
import io.hearthguard.platform.hygiene.WifiSecurityCheck.Verdict;

/**
 * What a Wi-Fi security mode costs and what wins the points back, for the household's answer
 * and for a router that says it over UPnP ({@code WLANConfiguration}). Open and WEP networks
 * cost like a default login (anyone nearby joins or reads the traffic), WPA (TKIP) like a high
 * finding; WPA2 and WPA3 cost nothing.
 */
final class WifiModes {
    static final String RULE = "hygiene.router.wifi-security";
    static final String DEDUP = "home:wifi-security";
    static final String ACTION = "In the router's Wi-Fi settings choose WPA2-Personal (AES) or WPA3-Personal (or the mixed WPA2/WPA3 mode) with a long "
            + "passphrase, then reconnect the devices; a device that only knows WEP or WPA belongs on a guest network, or replaced.";

    private WifiModes() {
    }

    /** @throws IllegalArgumentException when {@code mode} is not one of {@link WifiSecurityCheck#MODES} */
    static Verdict verdict(String mode) {
        String m = mode == null ? "" : mode.strip().toLowerCase(Locale.ROOT);
        return switch (m) {
            case "open" -> new Verdict(m, Score.cost(Severity.CRITICAL), Severity.CRITICAL.id(),
                    "The Wi-Fi has no password: anyone nearby can join it and see what the devices send without encryption.", ACTION);
            case "wep" -> new Verdict(m, Score.cost(Severity.CRITICAL), Severity.CRITICAL.id(),
                    "WEP is broken: its key is recovered from the air in minutes, so anyone nearby can join and read the traffic.", ACTION);
            case "wpa" -> new Verdict(m, Score.cost(Severity.HIGH), Severity.HIGH.id(),
                    "WPA (TKIP) is outdated and has known weaknesses; devices made since 2006 all know WPA2.", ACTION);
            case "wpa2" -> new Verdict(m, 0, null, "WPA2 is good, as long as the passphrase is long and not the one printed on the router.", "");
            case "wpa3" -> new Verdict(m, 0, null, "WPA3 is the strongest mode there is.", "");
            default -> throw new IllegalArgumentException("the Wi-Fi security mode must be one of " + WifiSecurityCheck.MODES + ", not '"
                    + shown(mode) + "'");
        };
    }

    /** The refused value as an error may show it: cleaned, at most 64 bytes read. */
    private static String shown(String mode) {
        byte[] b = String.valueOf(mode).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Banner.clean(b, Math.min(b.length, 64));
    }

    /** @return the finding for a weak mode; {@code readFrom} says who said it */
    static Finding finding(Verdict v, DeviceRef router, String readFrom, Instant now) {
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("mode", v.mode());
        ev.put("readFrom", readFrom);
        ev.put("risk", v.verdict());
        ev.put("fix", v.action());
        return Finding.builder(RULE, Categories.HYGIENE, Severity.valueOf(v.severity().toUpperCase(Locale.ROOT))).device(router).span(now, now)
                .summary("The home Wi-Fi uses " + label(v.mode()) + " (" + readFrom + "). " + v.verdict() + " " + v.action())
                .evidence(ev).dedupKey(DEDUP + ":" + v.mode()).source(HygieneFindings.SOURCE).build();
    }

    static String label(String mode) {
        return mode.equals("open") ? "no encryption (open)" : mode.toUpperCase(Locale.ROOT);
    }

    /**
     * The mode a {@code WLANConfiguration:1} service reports: {@code GetBeaconType} ({@code None},
     * {@code Basic}, {@code WPA}, {@code 11i}, {@code WPAand11i}) and, for {@code Basic},
     * {@code GetBasBeaconSecurityProperties}' {@code NewBasicEncryptionModes} ({@code None} or
     * {@code WEPEncryption}). The 2002 service knows no WPA3; mixed WPA/WPA2 counts as WPA (TKIP is
     * still allowed).
     *
     * @return the mode, or null when the answer names none of these
     */
    static String fromBeacon(String beaconType, String basicEncryption) {
        String b = beaconType == null ? "" : beaconType.strip().toLowerCase(Locale.ROOT);
        return switch (b) {
            case "none" -> "open";
            case "basic" -> basicEncryption != null && basicEncryption.strip().toLowerCase(Locale.ROOT).startsWith("wep") ? "wep"
                    : basicEncryption != null && basicEncryption.strip().equalsIgnoreCase("none") ? "open" : null;
            case "wpa", "wpaand11i" -> "wpa";
            case "11i" -> "wpa2";
            default -> null;
        };
    }
}
