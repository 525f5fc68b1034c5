package io.hearthguard.hygiene.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hearthguard.api.finding.Severity;
import io.hearthguard.hygiene.internal.Conversation.Answer;

/** Connects to one port of one address, sends the entry's probe, and reads what it says. */
final class ExposureCheck {
    private static final Pattern SSH = Pattern.compile("^SSH-[0-9.]+-(\\S{1,80})");
    private static final Pattern FTP_PAREN = Pattern.compile("^220[ -][^\\r\\n(]*\\(([A-Za-z][\\w-]{0,40}) ([0-9][\\w.-]{0,30})\\)");
    private static final Pattern FTP = Pattern.compile("^220[ -]([^\\r\\n]{1,80})");
    private static final Pattern SERVER = Pattern.compile("(?im)^Server:[ \\t]*([^\\r\\n]{1,80})");
    private static final Pattern STATUS = Pattern.compile("^(?:HTTP|RTSP)/\\d\\.\\d (\\d{3})");
    private static final Pattern AUTH = Pattern.compile("(?im)^WWW-Authenticate:[ \\t]*(Basic|Digest)\\b");
    private static final Pattern PASSWORD_FIELD = Pattern.compile("(?i)<input[^>]{0,300}type\\s*=\\s*[\"']?password");
    private static final Pattern RFB = Pattern.compile("^RFB (\\d{3}\\.\\d{3})");

    private ExposureCheck() {
    }

    /**
     * @return what is exposed, or null when the port is closed, filtered or unreachable
     * @throws IOException never for a closed port; only when the caller's thread is interrupted
     */
    static Exposure probe(String ip, RiskyPort entry, Limits limits, Traffic traffic) throws IOException {
        Conversation c;
        try {
            c = Conversation.open(ip, entry.port(), limits, entry.port() == 23 || entry.port() == 2323);
        } catch (ConnectException | SocketTimeoutException | NoRouteToHostException e) {
            traffic.connectFailed();
            return null;
        } catch (IOException e) {
            traffic.connectFailed();
            return null;
        }
        try (c) {
            Map<String, Object> facts = new LinkedHashMap<>();
            Answer a;
            Severity sev = entry.severity();
            String summary = entry.label() + " is open on " + ip + ":" + entry.port();
            switch (entry.probe()) {
                case HTTP -> {
                    c.write("GET / HTTP/1.0\r\nHost: " + ip + "\r\nUser-Agent: hearthguard-hygiene\r\nConnection: close\r\n\r\n");
                    a = c.read(null, 0);
                    String t = a.text();
                    Matcher st = STATUS.matcher(t);
                    if (st.find()) {
                        facts.put("status", Long.parseLong(st.group(1)));
                    }
                    Matcher au = AUTH.matcher(t);
                    boolean auth = au.find();
                    if (auth) {
                        facts.put("httpAuth", au.group(1).toLowerCase(Locale.ROOT));
                    }
                    boolean form = PASSWORD_FIELD.matcher(t).find();
                    if (form) {
                        facts.put("loginForm", true);
                        Object f = HtmlForm.read(t, ip, entry.port());
                        if (f instanceof HtmlForm simple) {
                            facts.put("formAction", simple.action());
                            facts.put("formUserField", simple.userField());
                            facts.put("formPasswordField", simple.passwordField());
                        } else if (f instanceof HtmlForm.NotSimple ns) {
                            facts.put("formNotTried", ns.reason());
                        }
                    }
                    if (auth || form) {
                        facts.put("loginOverPlainHttp", true);
                        sev = max(sev, Severity.MEDIUM);
                        summary = "A login page is served over plain HTTP on " + ip + ":" + entry.port() + ": the password crosses the network unencrypted";
                    }
                }
                case RTSP -> {
                    c.write("DESCRIBE rtsp://" + ip + ":" + entry.port() + "/ RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: hearthguard-hygiene\r\nAccept: application/sdp\r\n\r\n");
                    a = c.read(s -> s.contains("\r\n\r\n"), 0);
                    Matcher st = STATUS.matcher(a.text());
                    if (st.find()) {
                        int code = Integer.parseInt(st.group(1));
                        facts.put("status", (long) code);
                        Matcher au = AUTH.matcher(a.text());
                        if (code == 401 && au.find()) {
                            facts.put("rtspAuth", au.group(1).toLowerCase(Locale.ROOT));
                        }
                        if (code == 200) {
                            facts.put("streamWithoutPassword", true);
                            sev = Severity.HIGH;
                            summary = "The RTSP video stream on " + ip + ":" + entry.port() + " answers without a password";
                        }
                    }
                }
                case MQTT -> {
                    c.write(mqttConnect());
                    a = c.read(s -> s.length() >= 4, 0);
                    if (a.length() >= 4 && (a.bytes()[0] & 255) == 0x20 && a.bytes()[1] == 2) {
                        int rc = a.bytes()[3] & 255;
                        facts.put("connackCode", (long) rc);
                        if (rc == 0) {
                            facts.put("anonymous", true);
                            sev = Severity.HIGH;
                            summary = "The MQTT broker on " + ip + ":" + entry.port() + " accepts anonymous clients without TLS: anyone on the network can read and send its messages";
                            c.write(MqttPackets.disconnect());
                        }
                    }
                    // a CONNACK is binary: keep a readable note, not the bytes
                    a = new Answer(new byte[0], 0, a.stop());
                }
                case CONNECT -> a = new Answer(new byte[0], 0, Conversation.Stop.CLOSED);
                default -> a = c.read(null, Math.min(800, limits.readMillis()));
            }
            String text = a.text();
            String software = software(text);
            traffic.add(c.bytesSent(), c.bytesReceived());
            return new Exposure(ip, entry, sev, summary, a.clean(), software, facts, Conversation.note(a.stop(), limits));
        } catch (IOException e) {
            // the port accepted the connection, then the exchange failed: still exposed
            traffic.add(c.bytesSent(), c.bytesReceived());
            return new Exposure(ip, entry, entry.severity(), entry.label() + " is open on " + ip + ":" + entry.port(), "", "",
                    Map.of(), "the service accepted the connection but the exchange failed: " + e.getClass().getSimpleName());
        }
    }

    /** @return product and version named by a banner, or empty */
    static String software(String text) {
        for (Pattern p : new Pattern[] { SSH, SERVER }) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Banner.clean(m.group(1).getBytes(StandardCharsets.ISO_8859_1), m.group(1).length());
            }
        }
        Matcher m = FTP_PAREN.matcher(text);
        if (m.find()) {
            return m.group(1) + " " + m.group(2);
        }
        m = RFB.matcher(text);
        if (m.find()) {
            return "RFB " + m.group(1);
        }
        m = FTP.matcher(text);
        if (m.find()) {
            return Banner.clean(m.group(1).getBytes(StandardCharsets.ISO_8859_1), m.group(1).length());
        }
        return "";
    }

    /** MQTT 3.1.1 CONNECT, clean session, keep-alive 30 s, client id {@code hearthguard-hygiene}, no user name. */
    static byte[] mqttConnect() {
        return MqttPackets.connect(null, null);
    }

    private static Severity max(Severity a, Severity b) {
        return a.atLeast(b) ? a : b;
    }

    /** Counts a check's traffic. Thread-safe. */
    static final class Traffic {
        private long connects;
        private long failed;
        private long sent;
        private long received;

        synchronized void connectFailed() {
            connects++;
            failed++;
        }

        synchronized void add(long out, long in) {
            connects++;
            sent += out;
            received += in;
        }

        synchronized Map<String, Object> toMap() {
            return Map.of("connects", connects, "connectsRefusedOrSilent", failed, "bytesSent", sent, "bytesReceived", received);
        }

        @Override
        public synchronized String toString() {
            return connects + " connects (" + failed + " closed or silent), " + sent + " bytes sent, " + received + " received";
        }
    }
}
