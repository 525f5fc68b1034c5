package io.hearthguard.hygiene.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.hearthguard.hygiene.internal.Conversation.Answer;
import io.hearthguard.hygiene.internal.DefaultCredentials.Login;

/**
 * Tries the well-known default logins ({@link DefaultCredentials}) against one exposed
 * service, politely: one attempt at a time per device, spaced by the device's throttle, at
 * most {@code maxAttempts}, and it stops at the first sign of a lock-out (FTP 421, HTTP
 * 403/429/503, "locked" or "too many" in an answer, a service that stops accepting
 * connections part-way). The login that worked is not kept: only that one did.
 */
final class CredentialCheck {

    /** The outcome for one service; never holds a user name or a password. */
    record Result(String ip, int port, String service, boolean found, int attempts, String note) {
    }

    enum Outcome { ACCEPTED, REFUSED, LOCKOUT, UNKNOWN, UNREACHABLE }

    private static final Pattern LOCKOUT_TEXT = Pattern.compile("(?i)locked|too many|try again later|temporarily blocked");
    private static final Pattern REFUSED_TEXT = Pattern.compile("(?i)incorrect|failed|denied|invalid|login:|username:");
    private static final Pattern STATUS = Pattern.compile("^(?:HTTP|RTSP)/\\d\\.\\d (\\d{3})");
    private static final Pattern BASIC = Pattern.compile("(?im)^WWW-Authenticate:[ \\t]*Basic\\b");
    private static final Pattern PROMPT = Pattern.compile("(?s).*[#$>%] ?$");

    private final Limits limits;
    private final Limits loginLimits;
    private final int maxAttempts;
    private final ExposureCheck.Traffic traffic;

    /**
     * @param loginWaitMillis how long to wait for the verdict on one login (Telnet logins
     *                        delay a refusal by seconds)
     */
    CredentialCheck(Limits limits, int loginWaitMillis, int maxAttempts, ExposureCheck.Traffic traffic) {
        this.limits = limits;
        this.loginLimits = new Limits(limits.connectTimeoutMillis(), loginWaitMillis, limits.maxBytes());
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttemptsPerService must be 1 to 10: " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
        this.traffic = traffic;
    }

    /** @return true when this exposure has a login the lists cover and the check may try */
    static boolean applies(Exposure e) {
        return switch (e.port().service()) {
            case "telnet", "ftp", "ssh" -> true;
            case "http" -> "basic".equals(e.facts().get("httpAuth")) || "digest".equals(e.facts().get("httpAuth")) || form(e) != null;
            case "rtsp" -> e.facts().containsKey("rtspAuth");
            case "mqtt" -> !e.fact("anonymous") && Long.valueOf(5).equals(e.facts().get("connackCode"));
            default -> false;
        };
    }

    /** @return the simple login form the probe read on a page without HTTP Basic/Digest, or null */
    static HtmlForm form(Exposure e) {
        if (!"http".equals(e.port().service()) || e.facts().containsKey("httpAuth") || !(e.facts().get("formAction") instanceof String a)) {
            return null;
        }
        return new HtmlForm(a, (String) e.facts().get("formUserField"), (String) e.facts().get("formPasswordField"));
    }

    /** Runs the attempts for one exposure; {@code perDevice} spaces them. */
    Result run(Exposure e, Throttle perDevice) throws InterruptedException {
        HtmlForm form = form(e);
        String service = form != null ? "http-form" : e.port().service();
        List<Login> logins = DefaultCredentials.forService(service);
        int attempts = 0;
        boolean reachedOnce = false;
        FormAnswer wrong = null;
        if (form != null) {
            // what the form answers to a login that is surely wrong: the yardstick for the defaults (one attempt)
            perDevice.acquire();
            attempts++;
            try {
                wrong = post(e.ip(), e.port().port(), form, new Login("hearthguard-check", Long.toHexString(new java.security.SecureRandom().nextLong())));
            } catch (IOException ex) {
                return new Result(e.ip(), e.port().port(), service, false, attempts, "stopped: the login form did not answer");
            }
            if (wrong.lockout()) {
                return new Result(e.ip(), e.port().port(), service, false, attempts,
                        "stopped after " + attempts + " attempts: the device signalled a lock-out or rate limit");
            }
            if (!wrong.passwordField() && wrong.location() == null && wrong.status() != 401) {
                return new Result(e.ip(), e.port().port(), service, false, attempts,
                        "stopped: the form's answer to a wrong login does not show the form again or redirect, so a login that works "
                                + "could not be told apart; no default login tried");
            }
        }
        for (Login login : logins) {
            if (attempts >= maxAttempts) {
                return new Result(e.ip(), e.port().port(), service, false, attempts,
                        "stopped after " + attempts + " attempts (the limit per service); " + (logins.size() - attempts) + " logins of the list not tried");
            }
            perDevice.acquire();
            attempts++;
            Outcome o;
            try {
                o = form != null ? formVerdict(post(e.ip(), e.port().port(), form, login), wrong) : attempt(service, e.ip(), e.port().port(), login);
            } catch (IOException ex) {
                o = Outcome.UNREACHABLE;
            }
            switch (o) {
                case ACCEPTED:
                    return new Result(e.ip(), e.port().port(), service, true, attempts, null);
                case REFUSED:
                    reachedOnce = true;
                    break;
                case LOCKOUT:
                    return new Result(e.ip(), e.port().port(), service, false, attempts,
                            "stopped after " + attempts + " attempts: the device signalled a lock-out or rate limit");
                case UNREACHABLE:
                    return new Result(e.ip(), e.port().port(), service, false, attempts, reachedOnce
                            ? "stopped after " + attempts + " attempts: the service stopped answering (possible lock-out)"
                            : "stopped: the service did not answer the login");
                default:
                    return new Result(e.ip(), e.port().port(), service, false, attempts,
                            "stopped after " + attempts + " attempts: the login dialogue was not understood");
            }
        }
        return new Result(e.ip(), e.port().port(), service, false, attempts, null);
    }

    Outcome attempt(String service, String ip, int port, Login login) throws IOException {
        return switch (service) {
            case "ftp" -> ftp(ip, port, login);
            case "http" -> http(ip, port, login);
            case "rtsp" -> rtsp(ip, port, login);
            case "mqtt" -> mqtt(ip, port, login);
            case "telnet" -> telnet(ip, port, login);
            case "ssh" -> SshLogin.attempt(ip, port, login, limits.connectTimeoutMillis(), loginLimits.readMillis(), traffic);
            default -> Outcome.UNKNOWN;
        };
    }

    private Outcome ftp(String ip, int port, Login login) throws IOException {
        try (Conversation c = Conversation.open(ip, port, limits, false)) {
            try {
                String greet = c.read(CredentialCheck::ftpReplyDone, 0).text();
                if (greet.startsWith("421") || LOCKOUT_TEXT.matcher(greet).find()) {
                    return Outcome.LOCKOUT;
                }
                if (!greet.startsWith("220")) {
                    return Outcome.UNKNOWN;
                }
                c.write("USER " + login.user() + "\r\n");
                String user = c.read(CredentialCheck::ftpReplyDone, 0).text();
                if (user.startsWith("230")) {
                    return Outcome.ACCEPTED;
                }
                if (!user.startsWith("331")) {
                    return user.startsWith("421") ? Outcome.LOCKOUT : user.startsWith("530") ? Outcome.REFUSED : Outcome.UNKNOWN;
                }
                c.write("PASS " + login.password() + "\r\n");
                String pass = c.read(CredentialCheck::ftpReplyDone, 0).text();
                c.write("QUIT\r\n");
                if (pass.startsWith("230")) {
                    return Outcome.ACCEPTED;
                }
                if (pass.startsWith("421") || LOCKOUT_TEXT.matcher(pass).find()) {
                    return Outcome.LOCKOUT;
                }
                return pass.startsWith("530") ? Outcome.REFUSED : Outcome.UNKNOWN;
            } finally {
                traffic.add(c.bytesSent(), c.bytesReceived());
            }
        }
    }

    /** What a form's answer says: its status, where it redirects (null: nowhere), whether it shows a password field again, lock-out words. */
    record FormAnswer(int status, String location, boolean passwordField, boolean lockout) {
    }

    private static final Pattern LOCATION = Pattern.compile("(?im)^Location:[ \\t]*([^\\r\\n]{1,300})");
    private static final Pattern PASSWORD_INPUT = Pattern.compile("(?i)<input[^>]{0,300}type\\s*=\\s*[\"']?password");

    /** One POST of the form with {@code login}, on its own connection; the answer read within the usual bounds. */
    private FormAnswer post(String ip, int port, HtmlForm form, Login login) throws IOException {
        String body = form.body(login.user(), login.password());
        String request = "POST " + form.action() + " HTTP/1.0\r\nHost: " + ip + (port == 80 ? "" : ":" + port)
                + "\r\nUser-Agent: hearthguard-hygiene\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body;
        try (Conversation c = Conversation.open(ip, port, limits, false)) {
            try {
                c.write(request);
                String t = c.read(null, 0).text();
                java.util.regex.Matcher m = STATUS.matcher(t);
                if (!m.find()) {
                    throw new IOException("no HTTP answer to the form");
                }
                int status = Integer.parseInt(m.group(1));
                java.util.regex.Matcher loc = LOCATION.matcher(t);
                String location = status >= 300 && status < 400 && loc.find() ? loc.group(1).strip() : null;
                return new FormAnswer(status, location, PASSWORD_INPUT.matcher(t).find(),
                        status == 403 || status == 429 || status == 503 || LOCKOUT_TEXT.matcher(t).find());
            } finally {
                traffic.add(c.bytesSent(), c.bytesReceived());
            }
        }
    }

    /**
     * A default login worked when its answer differs from the answer to a surely wrong one: no
     * password field again, and a redirect elsewhere (or a page where the wrong login redirected).
     */
    static Outcome formVerdict(FormAnswer a, FormAnswer wrong) {
        if (a.lockout()) {
            return Outcome.LOCKOUT;
        }
        if (a.passwordField() || a.status() == 401) {
            return Outcome.REFUSED;
        }
        if (a.location() != null) {
            if (a.location().equals(wrong.location()) || a.location().toLowerCase(Locale.ROOT).matches(".*(login|error|fail|denied).*")) {
                return Outcome.REFUSED;
            }
            return Outcome.ACCEPTED;
        }
        if (a.status() >= 200 && a.status() < 300 && (wrong.passwordField() || wrong.location() != null || wrong.status() == 401)) {
            return Outcome.ACCEPTED;
        }
        return Outcome.UNKNOWN;
    }

    /** An FTP reply is complete when its last line ends and starts with a code and a space. */
    static boolean ftpReplyDone(String s) {
        if (!s.endsWith("\n")) {
            return false;
        }
        int start = s.lastIndexOf('\n', s.length() - 2) + 1;
        return s.length() - start >= 4 && Character.isDigit(s.charAt(start)) && s.charAt(start + 3) == ' ';
    }

    /** HTTP Basic, or Digest when the page's challenge is Digest (one request for the challenge, one with the answer). */
    private Outcome http(String ip, int port, Login login) throws IOException {
        String get = "GET / HTTP/1.0\r\nHost: " + ip + "\r\nUser-Agent: hearthguard-hygiene\r\n";
        return challenged(ip, port, "GET", "/", get + "Connection: close\r\n", get + "Connection: close\r\n", login);
    }

    /** RTSP DESCRIBE of the stream with Basic or Digest, as the stream's 401 asked. */
    private Outcome rtsp(String ip, int port, Login login) throws IOException {
        String uri = "rtsp://" + ip + ":" + port + "/";
        String describe = "DESCRIBE " + uri + " RTSP/1.0\r\nUser-Agent: hearthguard-hygiene\r\nAccept: application/sdp\r\n";
        return challenged(ip, port, "DESCRIBE", uri, describe + "CSeq: 1\r\n", describe + "CSeq: 2\r\n", login);
    }

    /**
     * Asks for the challenge with {@code first} (header lines without the blank line), then
     * sends {@code second} with the Basic or Digest answer the challenge asked for.
     */
    private Outcome challenged(String ip, int port, String method, String uri, String first, String second, Login login) throws IOException {
        String challenge = exchange(ip, port, first + "\r\n");
        String auth;
        DigestAuth.Challenge ch = DigestAuth.parse(challenge);
        if (ch != null) {
            auth = DigestAuth.authorization(ch, method, uri, login.user(), login.password());
        } else if (BASIC.matcher(challenge).find()) {
            auth = "Basic " + Base64.getEncoder().encodeToString((login.user() + ":" + login.password()).getBytes(StandardCharsets.UTF_8));
        } else {
            return verdict(challenge, false);
        }
        return verdict(exchange(ip, port, second + "Authorization: " + auth + "\r\n\r\n"), true);
    }

    /** One request on its own connection; @return the answer's headers (and what came with them) */
    private String exchange(String ip, int port, String request) throws IOException {
        try (Conversation c = Conversation.open(ip, port, limits, false)) {
            try {
                c.write(request);
                return c.read(s -> s.contains("\r\n\r\n"), 0).text();
            } finally {
                traffic.add(c.bytesSent(), c.bytesReceived());
            }
        }
    }

    /** What an HTTP or RTSP status line says about a login: 2xx/3xx with credentials accepted, 401 refused, 403/429/503 lock-out. */
    private static Outcome verdict(String answer, boolean withCredentials) {
        java.util.regex.Matcher m = STATUS.matcher(answer);
        if (!m.find()) {
            return Outcome.UNKNOWN;
        }
        int code = Integer.parseInt(m.group(1));
        if (code == 403 || code == 429 || code == 503 || LOCKOUT_TEXT.matcher(answer).find()) {
            return Outcome.LOCKOUT;
        }
        if (withCredentials && code >= 200 && code < 400) {
            return Outcome.ACCEPTED;
        }
        return code == 401 ? Outcome.REFUSED : Outcome.UNKNOWN;
    }

    private Outcome mqtt(String ip, int port, Login login) throws IOException {
        try (Conversation c = Conversation.open(ip, port, limits, false)) {
            try {
                c.write(MqttPackets.connect(login.user(), login.password()));
                Answer a = c.read(s -> s.length() >= 4, 0);
                if (a.length() < 4 || (a.bytes()[0] & 255) != 0x20) {
                    return a.length() == 0 && a.stop() == Conversation.Stop.CLOSED ? Outcome.REFUSED : Outcome.UNKNOWN;
                }
                int rc = a.bytes()[3] & 255;
                if (rc == 0) {
                    c.write(MqttPackets.disconnect());
                    return Outcome.ACCEPTED;
                }
                return rc == 4 || rc == 5 ? Outcome.REFUSED : Outcome.UNKNOWN;
            } finally {
                traffic.add(c.bytesSent(), c.bytesReceived());
            }
        }
    }

    private Outcome telnet(String ip, int port, Login login) throws IOException {
        try (Conversation c = Conversation.open(ip, port, loginLimits, true)) {
            try {
                String greet = c.read(s -> lower(s).contains("login:") || lower(s).contains("username:"), 0).text();
                if (LOCKOUT_TEXT.matcher(greet).find()) {
                    return Outcome.LOCKOUT;
                }
                if (!lower(greet).contains("login:") && !lower(greet).contains("username:")) {
                    return Outcome.UNKNOWN;
                }
                c.write(login.user() + "\r\n");
                String pw = c.read(s -> lower(s).contains("password:"), 0).text();
                if (!lower(pw).contains("password:")) {
                    return LOCKOUT_TEXT.matcher(pw).find() ? Outcome.LOCKOUT : Outcome.UNKNOWN;
                }
                c.write(login.password() + "\r\n");
                String after = c.read(s -> REFUSED_TEXT.matcher(s).find() || LOCKOUT_TEXT.matcher(s).find() || PROMPT.matcher(s).matches(), 0).text();
                if (LOCKOUT_TEXT.matcher(after).find()) {
                    return Outcome.LOCKOUT;
                }
                if (REFUSED_TEXT.matcher(after).find()) {
                    return Outcome.REFUSED;
                }
                if (PROMPT.matcher(after).matches()) {
                    c.write("exit\r\n");
                    return Outcome.ACCEPTED;
                }
                return Outcome.UNKNOWN;
            } finally {
                traffic.add(c.bytesSent(), c.bytesReceived());
            }
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
