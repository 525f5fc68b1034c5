package io.hearthguard.hygiene.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.hearthguard.api.finding.Severity;

/**
 * One TCP port the exposure check tries, what is risky about it being open, and how a
 * family closes it. The list is documented in docs/hygiene.md; keep both in step.
 *
 * @param port     TCP port
 * @param service  short id used in rule ids ({@code hygiene.exposed.<service>})
 * @param label    what people call it
 * @param probe    what is sent after connecting, if anything
 * @param severity how bad an open port is before the answer is looked at
 * @param risk     one sentence: why it matters
 * @param fix      what to do
 */
record RiskyPort(int port, String service, String label, Probe probe, Severity severity, String risk, String fix) {

    /** What the check sends once connected; every probe is one small, standard request. */
    enum Probe {
        /** nothing: read what the server says first (Telnet, FTP, SSH, VNC) */
        LISTEN,
        /** {@code GET / HTTP/1.0}: status line, Server, WWW-Authenticate, a login form */
        HTTP,
        /** {@code DESCRIBE rtsp://ip:port/ RTSP/1.0}: does the stream answer without a password */
        RTSP,
        /** MQTT 3.1.1 CONNECT without user name, then DISCONNECT: does the broker accept anonymous clients */
        MQTT,
        /** connect only */
        CONNECT
    }

    private static final String TELNET_RISK = "Telnet sends logins and everything typed in clear text, and is the first door botnets such as Mirai try.";
    private static final String HTTP_RISK = "Pages and any password typed into them cross the network unencrypted.";
    private static final String RTSP_RISK = "A camera's live stream is reachable by anyone on the network; without a password anyone can watch it.";
    private static final String RTSP_FIX = "Set a password for the camera's RTSP stream (or turn RTSP off) in its settings; update its firmware.";
    private static final String UPNP_RISK = "UPnP lets any program on the network ask the device (often the router) to open ports to the internet.";
    private static final String UPNP_FIX = "Turn UPnP off in the router unless a device you trust needs it; check which ports it has opened.";
    private static final String TELNET_FIX = "Turn Telnet off in the device's settings or app (often under Advanced, Remote access or Developer); "
            + "if it has no such setting, update its firmware, ask the maker, or block port %d to this device in the router.";
    private static final String HTTP_FIX = "Use the device's https:// address if it has one, or its app; change the admin password from the default; "
            + "turn off remote administration if the device offers it.";

    /** The default list, in the order it is tried. */
    static final List<RiskyPort> DEFAULTS = List.of(
            new RiskyPort(23, "telnet", "Telnet", Probe.LISTEN, Severity.HIGH,
                    TELNET_RISK, TELNET_FIX.formatted(23)),
            new RiskyPort(2323, "telnet", "Telnet (alternate port)", Probe.LISTEN, Severity.HIGH,
                    TELNET_RISK, TELNET_FIX.formatted(2323)),
            new RiskyPort(21, "ftp", "FTP", Probe.LISTEN, Severity.MEDIUM,
                    "FTP sends its password and files in clear text.",
                    "Turn the FTP server off in the device's settings, or switch it to SFTP/FTPS; never allow anonymous access."),
            new RiskyPort(22, "ssh", "SSH", Probe.LISTEN, Severity.INFO,
                    "SSH is encrypted, but a device reachable over SSH with a default password can be taken over.",
                    "If nobody in the home uses it, turn SSH off; otherwise give it a strong, unique password or keys only."),
            new RiskyPort(80, "http", "Web interface over plain HTTP", Probe.HTTP, Severity.LOW,
                    HTTP_RISK, HTTP_FIX),
            new RiskyPort(8080, "http", "Web interface over plain HTTP (8080)", Probe.HTTP, Severity.LOW,
                    HTTP_RISK, HTTP_FIX),
            new RiskyPort(8000, "http", "Web interface over plain HTTP (8000)", Probe.HTTP, Severity.LOW,
                    HTTP_RISK, HTTP_FIX),
            new RiskyPort(554, "rtsp", "RTSP video stream", Probe.RTSP, Severity.MEDIUM,
                    RTSP_RISK, RTSP_FIX),
            new RiskyPort(8554, "rtsp", "RTSP video stream (8554)", Probe.RTSP, Severity.MEDIUM,
                    RTSP_RISK, RTSP_FIX),
            new RiskyPort(1883, "mqtt", "MQTT without TLS", Probe.MQTT, Severity.MEDIUM,
                    "MQTT on 1883 is unencrypted: messages and passwords can be read on the network.",
                    "Require a user name and password (allow_anonymous false in Mosquitto) and move clients to TLS on 8883."),
            new RiskyPort(1900, "upnp", "UPnP/SSDP (TCP)", Probe.CONNECT, Severity.LOW,
                    UPNP_RISK, UPNP_FIX),
            new RiskyPort(5000, "upnp", "UPnP control or web service (5000)", Probe.HTTP, Severity.LOW,
                    UPNP_RISK, UPNP_FIX),
            new RiskyPort(49152, "upnp", "UPnP control (49152)", Probe.HTTP, Severity.LOW,
                    UPNP_RISK, UPNP_FIX),
            new RiskyPort(5555, "adb", "Android Debug Bridge", Probe.CONNECT, Severity.HIGH,
                    "Android debugging over the network gives full control of the device without a password.",
                    "Turn off Developer options > ADB / network debugging on the TV or box; a factory reset also turns it off."),
            new RiskyPort(5900, "vnc", "VNC remote screen", Probe.LISTEN, Severity.MEDIUM,
                    "Remote screen access, often with a weak or no password and no encryption.",
                    "Turn screen sharing off when not in use, or set a strong password and use it only over a VPN."),
            new RiskyPort(445, "smb", "Windows file sharing (SMB)", Probe.CONNECT, Severity.LOW,
                    "Shared folders can be read by every device on the network if guest access is on.",
                    "Turn guest access off and share only the folders you need, with a password."));

    /** @return the default entries for these ports, in the given order; unknown ports get a generic entry */
    static List<RiskyPort> forPorts(int[] ports) {
        Map<Integer, RiskyPort> byPort = new LinkedHashMap<>();
        for (RiskyPort p : DEFAULTS) {
            byPort.putIfAbsent(p.port(), p);
        }
        List<RiskyPort> out = new java.util.ArrayList<>();
        for (int port : ports) {
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("ports: " + port + " is not a TCP port (1 to 65535)");
            }
            out.add(byPort.getOrDefault(port, new RiskyPort(port, "port-" + port, "TCP port " + port, Probe.LISTEN, Severity.INFO,
                    "A service answers on this port.", "If you do not know what it is for, turn it off in the device's settings.")));
        }
        return out;
    }

    /** @return the ports of {@link #DEFAULTS} */
    static int[] defaultPorts() {
        return DEFAULTS.stream().mapToInt(RiskyPort::port).toArray();
    }
}
