package io.hearthguard.response.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.api.response.Origin;
import io.hearthguard.api.response.ResponseException;

/**
 * Running without root: nft run as user nobody with only CAP_NET_ADMIN as an ambient
 * capability (what the systemd unit in docs/response.md grants) manages the table; without
 * the capability the component fails with nft's own message.
 */
class CapNetAdminTest {
    @TempDir
    Path data;
    String ns;

    @BeforeEach
    void up() {
        NetnsLab.assumeAvailable();
        assumeTrue(NetnsLab.ok("setpriv", "--version"), "setpriv (util-linux) is not installed");
        ns = "hgr-" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3)) + "-cap";
        NetnsLab.must("ip", "netns", "add", ns);
    }

    @AfterEach
    void down() {
        if (ns != null) {
            NetnsLab.ok("ip", "netns", "del", ns);
        }
    }

    private ResponseComponent asNobody(String caps) throws Exception {
        String prefix = "ip netns exec " + ns + " setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all" + caps
                + " --ambient-caps=-all" + caps;
        return new ResponseComponent(Configs.of(ResponseComponent.Config.class, Map.of("commandPrefix", prefix)), data, null);
    }

    @Test
    void givenOnlyCapNetAdmin_whenQuarantining_thenTheTableIsManagedWithoutRoot() throws Exception {
        ResponseComponent c = asNobody(",+net_admin");
        var q = c.quarantine("02:00:00:00:00:09", List.of(), new Origin("t", "", null));
        assertTrue(NetnsLab.must("ip", "netns", "exec", ns, "nft", "list", "table", "inet", "hearthguard").contains("02:00:00:00:00:09"));
        c.undo(q.id(), "t");
        assertEquals(null, c.listTable());
    }

    @Test
    void givenNoCapability_whenStarting_thenItFailsWithNftsReason() {
        ResponseException e = assertThrows(ResponseException.class, () -> asNobody(""));
        assertTrue(e.getMessage().contains("Operation not permitted"), e.getMessage());
    }
}
