package io.hearthguard.platform.hygiene;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The home Wi-Fi's security mode as the household tells it (the dashboard's router form): the
 * mode is scored into the home score and the action that wins the points back is returned. Only
 * the mode is taken, never the Wi-Fi password. Implemented by the hygiene bundle, which also
 * reads the mode from a router that announces it over UPnP ({@code WLANConfiguration});
 * docs/hygiene.md.
 *
 * @since 1.1
 */
@ProviderType
public interface WifiSecurityCheck {

    /** The modes a household can pick, weakest first. */
    List<String> MODES = List.of("open", "wep", "wpa", "wpa2", "wpa3");

    /**
     * The verdict on one mode.
     *
     * @param mode     one of {@link #MODES}
     * @param points   what it costs the home score (0 when it is fine)
     * @param severity the finding's severity id, or {@code null} when no finding is kept
     * @param verdict  one sentence for the family
     * @param action   what wins the points back; empty when nothing is to be done
     */
    record Verdict(String mode, int points, String severity, String verdict, String action) {
    }

    /**
     * Takes the household's answer: a weak mode becomes the finding {@code hygiene.router.wifi-security}
     * (replacing an earlier answer's), a good one (WPA2, WPA3) resolves it.
     *
     * @param mode one of {@link #MODES}, case-insensitive
     * @param who  who answered, for the finding's history, e.g. {@code dashboard:anna}
     * @return the verdict
     * @throws IllegalArgumentException when {@code mode} is not one of {@link #MODES}
     */
    Verdict tell(String mode, String who);
}
