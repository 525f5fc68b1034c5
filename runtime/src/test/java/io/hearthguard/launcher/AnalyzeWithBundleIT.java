package io.hearthguard.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vendor tests its protection against a recorded capture without a hub:
 * {@code hearthguard --bundle acme.jar analyze FILE --json} runs the command with the vendor's
 * bundle installed (the example protection, which flags Telnet sessions). Without the option the
 * same file gives no acme finding; a file that is not a bundle is refused with the reason.
 */
class AnalyzeWithBundleIT {

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    private Result run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-Dhearthguard.bundles=" + Hub.TARGET.resolve("export/hearthguard"), "-cp",
                Hub.TARGET.resolve("hearthguard-launcher.jar") + ":" + Hub.TARGET.resolve("lib/*"), "io.hearthguard.launcher.Main"));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("out-" + System.nanoTime());
        Path err = tmp.resolve("err-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("command did not finish within 180 s: " + String.join(" ", args));
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void aVendorBundleRunsInAnalyze() throws Exception {
        Path pcap = tmp.resolve("telnet.pcap");
        Files.write(pcap, telnetSession());
        Path jar = DeployIT.example("io.hearthguard.example.protection");

        Result with = run("--bundle", jar.toString(), "analyze", pcap.toString(), "--json");
        assertEquals(0, with.code, with.err);
        assertTrue(with.out.lines().anyMatch(l -> l.contains("\"type\":\"finding\"") && l.contains("\"rule\":\"acme.telnet\"")),
                "no acme.telnet finding:\n" + with.out + "\n" + with.err);

        assertTrue(with.err.contains("--bundle ran: io.hearthguard.example.protection 1.0.0") && with.err.contains("active"), with.err);

        Result without = run("analyze", pcap.toString(), "--json");
        assertEquals(0, without.code, without.err);
        assertTrue(without.out.contains("\"type\":\"summary\""), without.out);
        assertTrue(!without.out.contains("acme.telnet"), without.out);

        Path notABundle = tmp.resolve("plain.jar");
        Files.write(notABundle, new byte[] { 'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
        Result bad = run("--bundle", notABundle.toString(), "analyze", pcap.toString(), "--json");
        assertEquals(1, bad.code, bad.err);
        assertTrue(bad.err.contains("--bundle " + notABundle), bad.err);
        assertEquals("", bad.out, "nothing on stdout when the command did not run");

        Result hub = run("--bundle", jar.toString());
        assertEquals(2, hub.code, hub.err);
        assertTrue(hub.err.contains("deploy/"), hub.err);
    }

    /**
     * Found by a vendor: a bundle whose component failed to activate gave exit 0 and a report without its
     * findings. Now the command fails and says why, with the component's own exception.
     */
    @Test
    void aBundleWhoseComponentFailsMakesTheCommandFailWithTheCause() throws Exception {
        Path pcap = tmp.resolve("telnet.pcap");
        Files.write(pcap, telnetSession());
        Path broken = tmp.resolve("acme-broken.jar");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(DeployIT.example("io.hearthguard.example.protection").toFile());
                java.util.zip.ZipOutputStream zo = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                if (e.getName().startsWith("META-INF/") && !e.getName().equals("META-INF/MANIFEST.MF") && !e.getName().endsWith("/")
                        && !e.getName().startsWith("META-INF/maven")) {
                    continue; // the signature: this copy is changed, and --bundle does not need one
                }
                byte[] d = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("META-INF/MANIFEST.MF")) {
                    // the signed manifest lists every entry's digest: keep only the main section
                    String mf = new String(d, java.nio.charset.StandardCharsets.UTF_8);
                    int end = mf.indexOf("\r\n\r\n");
                    d = ((end < 0 ? mf : mf.substring(0, end)) + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                if (e.getName().equals("acme-policy.properties")) {
                    d = "ports=5MB\nseverity=medium\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zo.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zo.write(d);
                zo.closeEntry();
            }
        }
        Result r = run("--bundle", broken.toString(), "analyze", pcap.toString(), "--json");
        assertEquals(1, r.code, r.err);
        assertTrue(r.err.contains("--bundle did not run as it should") && r.err.contains("failed to activate")
                && r.err.contains("NumberFormatException") && r.err.contains("5MB"), r.err);
    }

    /** A Telnet connection (SYN, SYN-ACK, ACK and a few bytes) from a home device to a host on the internet. */
    static byte[] telnetSession() {
        byte[] dev = { 0x02, 0, 0, 0, 0, 0x09 };
        byte[] router = { 0x02, 0, 0, 0, 0, 0x01 };
        byte[] devIp = { (byte) 192, (byte) 168, 1, 30 };
        byte[] remote = { (byte) 203, 0, 113, 5 };
        int[][] packets = { // direction (0 = from the device), flags, payload length
                { 0, 0x02, 0 }, { 1, 0x12, 0 }, { 0, 0x10, 0 }, { 1, 0x18, 12 }, { 0, 0x18, 8 }, { 0, 0x11, 0 }, { 1, 0x11, 0 } };
        ByteBuffer b = ByteBuffer.allocate(24 + packets.length * (16 + 14 + 20 + 20 + 12)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(1);
        int seqDev = 1000;
        int seqRemote = 5000;
        for (int i = 0; i < packets.length; i++) {
            boolean fromDevice = packets[i][0] == 0;
            int flags = packets[i][1];
            int payload = packets[i][2];
            int len = 14 + 20 + 20 + payload;
            b.order(ByteOrder.LITTLE_ENDIAN).putInt(1_764_000_000).putInt(i * 10_000).putInt(len).putInt(len);
            b.order(ByteOrder.BIG_ENDIAN);
            b.put(fromDevice ? router : dev).put(fromDevice ? dev : router).putShort((short) 0x0800);
            b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + 20 + payload)).putShort((short) i).putShort((short) 0x4000).put((byte) 64)
                    .put((byte) 6).putShort((short) 0).put(fromDevice ? devIp : remote).put(fromDevice ? remote : devIp);
            b.putShort((short) (fromDevice ? 40123 : 23)).putShort((short) (fromDevice ? 23 : 40123));
            b.putInt(fromDevice ? seqDev : seqRemote).putInt((flags & 0x10) != 0 ? (fromDevice ? seqRemote : seqDev) : 0);
            b.put((byte) 0x50).put((byte) flags).putShort((short) 65535).putShort((short) 0).putShort((short) 0);
            b.put(new byte[payload]);
            int used = payload + ((flags & 0x03) != 0 ? 1 : 0);
            if (fromDevice) {
                seqDev += used;
            } else {
                seqRemote += used;
            }
        }
        return b.array();
    }
}
