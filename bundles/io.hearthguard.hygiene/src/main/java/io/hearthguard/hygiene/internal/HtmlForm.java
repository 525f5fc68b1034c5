package io.hearthguard.hygiene.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A login form read from a device's page: only a simple one is ever used for a login — one
 * form sent with POST to the same address and port over plain HTTP, with exactly one text
 * field (the user name) and one password field, and nothing else but buttons. A form with
 * hidden fields (a token or a session value), a list, a text area, another host or https is
 * not simple; the reason says which. Regex over at most the bytes the probe read; no DOM.
 */
record HtmlForm(String action, String userField, String passwordField) {

    /** A form that is not used, and why (for the finding's evidence). */
    record NotSimple(String reason) {
    }

    private static final Pattern FORM = Pattern.compile("(?is)<form\\b([^>]{0,600})>(.{0,8000}?)(?:</form\\s*>|$)");
    private static final Pattern INPUT = Pattern.compile("(?is)<input\\b([^>]{0,600})>");
    private static final Pattern OTHER_FIELD = Pattern.compile("(?is)<(select|textarea)\\b");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-\\[\\]:]{1,64}");
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9_.\\-/~%?=&;+]{0,200}");

    /**
     * @return the simple login form of {@code html} (a page of {@code ip:port}), a
     *         {@link NotSimple} saying why the form with the password field is not used, or null
     *         when the page has no password field in a form
     */
    static Object read(String html, String ip, int port) {
        Matcher f = FORM.matcher(html);
        while (f.find()) {
            String body = f.group(2);
            if (!body.toLowerCase(Locale.ROOT).contains("password")) {
                continue;
            }
            Map<String, String> form = attributes(f.group(1));
            String user = null;
            String pass = null;
            int users = 0;
            int passwords = 0;
            Matcher in = INPUT.matcher(body);
            while (in.find()) {
                Map<String, String> a = attributes(in.group(1));
                String type = a.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
                switch (type) {
                    case "password" -> {
                        passwords++;
                        pass = a.get("name");
                    }
                    case "text", "email", "tel", "" -> {
                        users++;
                        user = a.get("name");
                    }
                    case "submit", "button", "image", "reset", "checkbox" -> { }
                    case "hidden" -> {
                        return new NotSimple("the form has hidden fields (a token or session value)");
                    }
                    default -> {
                        return new NotSimple("the form has a field of type " + (type.matches("[a-z-]{1,20}") ? type : "unknown"));
                    }
                }
            }
            if (passwords == 0) {
                continue;
            }
            if (passwords != 1 || users != 1) {
                return new NotSimple("the form has " + passwords + " password and " + users + " user-name fields (one of each is simple)");
            }
            if (OTHER_FIELD.matcher(body).find()) {
                return new NotSimple("the form has a list or text area");
            }
            if (user == null || pass == null || !NAME.matcher(user).matches() || !NAME.matcher(pass).matches()) {
                return new NotSimple("the form's fields have no usable names");
            }
            if (!"post".equalsIgnoreCase(form.getOrDefault("method", "get"))) {
                return new NotSimple("the form is sent with GET (the password would go into the address)");
            }
            String action = action(form.getOrDefault("action", ""), ip, port);
            if (action == null) {
                return new NotSimple("the form is sent to another address or over https");
            }
            return new HtmlForm(action, user, pass);
        }
        return null;
    }

    /** @return the path the form posts to on {@code ip:port}, or null when it goes elsewhere */
    static String action(String raw, String ip, int port) {
        String a = raw.strip().replace("&amp;", "&");
        if (a.isEmpty()) {
            return "/";
        }
        String lower = a.toLowerCase(Locale.ROOT);
        for (String self : port == 80 ? new String[] { "http://" + ip + ":80", "http://" + ip } : new String[] { "http://" + ip + ":" + port }) {
            if (lower.startsWith(self + "/")) {
                a = a.substring(self.length());
                break;
            }
        }
        if (lower.contains("://") && !a.startsWith("/")) {
            return null;
        }
        if (a.startsWith("//")) {
            return null;
        }
        if (!a.startsWith("/")) {
            a = "/" + a; // relative to "/", the page read
        }
        return PATH.matcher(a).matches() ? a : null;
    }

    /** @return the POST body for this login */
    String body(String user, String password) {
        return userField + "=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&" + passwordField + "="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private static final Pattern ATTR = Pattern.compile("(?s)([A-Za-z_:][A-Za-z0-9_:.-]{0,40})\\s*(?:=\\s*(\"[^\"]{0,400}\"|'[^']{0,400}'|[^\\s\"'>]{1,400}))?");

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = ATTR.matcher(s);
        while (m.find() && out.size() < 32) {
            String v = m.group(2) == null ? "" : m.group(2);
            if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
                v = v.substring(1, v.length() - 1);
            }
            out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), v);
        }
        return out;
    }
}
