package io.hearthguard.hygiene.internal;

import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hearthguard.api.finding.Categories;
import io.hearthguard.api.finding.FindingFilter;
import io.hearthguard.api.finding.FindingService;
import io.hearthguard.api.finding.FindingState;
import io.hearthguard.api.finding.StoredFinding;
import io.hearthguard.platform.findings.FindingAdmin;
import io.hearthguard.platform.hygiene.WifiSecurityCheck;

/**
 * The household's answer about the Wi-Fi's security mode: a weak mode is kept as the finding
 * {@value WifiModes#RULE} (one per mode, so a new answer never inherits an old severity), and
 * every earlier answer's finding for another mode is resolved. Only the mode is taken.
 */
@Component(service = WifiSecurityCheck.class)
public final class WifiSecurity implements WifiSecurityCheck {
    private static final Logger LOG = Logger.getLogger(WifiSecurity.class.getName());

    private final FindingService findings;
    private final FindingAdmin admin;

    @Activate
    public WifiSecurity(@Reference FindingService findings, @Reference FindingAdmin admin) {
        this.findings = findings;
        this.admin = admin;
    }

    @Override
    public Verdict tell(String mode, String who) {
        Verdict v = WifiModes.verdict(mode);
        String keep = WifiModes.DEDUP + ":" + v.mode();
        for (StoredFinding s : findings.query(FindingFilter.all().withCategories(Set.of(Categories.HYGIENE))
                .withStates(Set.of(FindingState.OPEN, FindingState.ACKNOWLEDGED)))) {
            if (WifiModes.RULE.equals(s.finding().rule()) && !keep.equals(s.finding().dedupKey())) {
                admin.resolve(s.id(), who);
            }
        }
        if (v.severity() != null) {
            findings.publish(WifiModes.finding(v, null, "the household's answer in the dashboard", Instant.now()));
        }
        LOG.info(() -> "hygiene: Wi-Fi security mode " + v.mode() + " told by " + who + ", costs " + v.points() + " points");
        return v;
    }
}
