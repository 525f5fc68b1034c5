package io.hearthguard.web.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.hearthguard.platform.store.Store;

/**
 * Users and API tokens in the hub's store. Passwords are kept as PBKDF2 hashes, tokens as
 * SHA-256 hashes (they are 256-bit random values, shown once at creation).
 */
final class Accounts {
    static final String OWNER = "io.hearthguard.web";
    static final int MAX_TOKENS = 100;
    static final String TOKEN_PREFIX = "hgt_";
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern TOKEN_NAME = Pattern.compile("[\\p{L}\\p{N} ._:-]{1,64}");

    private static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE web_user (name TEXT PRIMARY KEY, password TEXT NOT NULL, created TEXT NOT NULL);"
                    + "CREATE TABLE web_token (id TEXT PRIMARY KEY, name TEXT NOT NULL, user_name TEXT NOT NULL, hash TEXT NOT NULL UNIQUE,"
                    + " created TEXT NOT NULL, last_used TEXT)");

    record Token(String id, String name, String user, Instant created, Instant lastUsed) {
    }

    private final Store store;

    Accounts(Store store) {
        this.store = store;
        store.migrate(OWNER, MIGRATIONS);
    }

    boolean hasUsers() {
        return store.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT 1 FROM web_user LIMIT 1")) {
                return rs.next();
            }
        });
    }

    static void checkUserName(String name) {
        if (name == null || !USER.matcher(name).matches()) {
            throw Problem.badRequest("the user name must be 1 to 64 letters, digits or . _ @ -");
        }
    }

    /**
     * Creates the first administrator, atomically: fails when any user exists already.
     *
     * @return false when a user exists (setup already done)
     */
    boolean createFirstUser(String name, String passwordHash) {
        return store.write(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT 1 FROM web_user LIMIT 1")) {
                if (rs.next()) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO web_user(name, password, created) VALUES (?,?,?)")) {
                ps.setString(1, name);
                ps.setString(2, passwordHash);
                ps.setString(3, Instant.now().toString());
                ps.executeUpdate();
            }
            return true;
        });
    }

    Optional<String> passwordHash(String name) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT password FROM web_user WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    void setPassword(String name, String passwordHash) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE web_user SET password = ? WHERE name = ?")) {
                ps.setString(1, passwordHash);
                ps.setString(2, name);
                return ps.executeUpdate();
            }
        });
    }

    /** @return the new token's secret (shown once) and its record */
    Map.Entry<String, Token> createToken(String user, String name) {
        if (name == null || !TOKEN_NAME.matcher(name).matches()) {
            throw Problem.badRequest("the token name must be 1 to 64 letters, digits, spaces or . _ : -");
        }
        String secret = TOKEN_PREFIX + Passwords.randomToken(32);
        Token t = new Token(Passwords.randomToken(9).toLowerCase().replace('_', 'x').replace('-', 'y'), name, user, Instant.now(), null);
        store.write(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM web_token")) {
                if (rs.next() && rs.getInt(1) >= MAX_TOKENS) {
                    throw new Problem(409, "too-many-tokens", "Too many API tokens", "at most " + MAX_TOKENS + " API tokens may exist; delete one first");
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO web_token(id, name, user_name, hash, created) VALUES (?,?,?,?,?)")) {
                ps.setString(1, t.id());
                ps.setString(2, t.name());
                ps.setString(3, user);
                ps.setString(4, Passwords.sha256(secret));
                ps.setString(5, t.created().toString());
                return ps.executeUpdate();
            }
        });
        return Map.entry(secret, t);
    }

    /** @return the user a bearer token belongs to */
    Optional<String> tokenUser(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = Passwords.sha256(secret);
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT user_name FROM web_token WHERE hash = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    List<Token> tokens() {
        return store.read(c -> {
            List<Token> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, name, user_name, created, last_used FROM web_token ORDER BY created")) {
                while (rs.next()) {
                    String used = rs.getString(5);
                    out.add(new Token(rs.getString(1), rs.getString(2), rs.getString(3), Instant.parse(rs.getString(4)),
                            used == null ? null : Instant.parse(used)));
                }
            }
            return out;
        });
    }

    /** @return how many API tokens of the user were deleted */
    int deleteTokens(String user) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM web_token WHERE user_name = ?")) {
                ps.setString(1, user);
                return ps.executeUpdate();
            }
        });
    }

    boolean deleteToken(String id) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM web_token WHERE id = ?")) {
                ps.setString(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    static Map<String, Object> json(Token t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("user", t.user());
        m.put("created", t.created().toString());
        return m;
    }
}
