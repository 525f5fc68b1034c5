package io.hearthguard.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hearthguard.platform.store.Store;
import io.hearthguard.platform.store.StoreException;

class AccountsTest {

    /** A minimal single-connection Store over SQLite, enough for these tests. */
    static final class SqlStore implements Store {
        final Connection c;

        SqlStore(Path db) throws SQLException {
            c = DriverManager.getConnection("jdbc:sqlite:" + db);
            c.setAutoCommit(false);
        }

        @Override
        public synchronized <T> T read(Work<T> work) {
            try {
                return work.run(c);
            } catch (SQLException e) {
                throw new StoreException(e.getMessage(), e);
            }
        }

        @Override
        public synchronized <T> T write(Work<T> work) {
            try {
                T t = work.run(c);
                c.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // nothing more to undo
                }
                if (e instanceof RuntimeException r) {
                    throw r;
                }
                throw new StoreException(e.getMessage(), e);
            }
        }

        @Override
        public synchronized int migrate(String owner, List<String> migrations) {
            return write(c -> {
                for (String m : migrations) {
                    for (String s : m.split(";")) {
                        c.createStatement().execute(s);
                    }
                }
                return migrations.size();
            });
        }
    }

    @TempDir
    Path tmp;
    SqlStore store;

    @BeforeEach
    void open() throws SQLException {
        store = new SqlStore(tmp.resolve("t.db"));
    }

    @AfterEach
    void close() throws SQLException {
        store.c.close();
    }

    @Test
    void onlyTheFirstAdministratorCanBeCreatedBySetup() {
        Accounts a = new Accounts(store);
        assertFalse(a.hasUsers());
        assertTrue(a.createFirstUser("admin", Passwords.hash("correct horse battery", 1000)));
        assertFalse(a.createFirstUser("mallory", Passwords.hash("another password", 1000)));
        assertTrue(a.hasUsers());
        assertTrue(a.passwordHash("mallory").isEmpty());
        assertTrue(Passwords.verify("correct horse battery", a.passwordHash("admin").orElseThrow()));
    }

    @Test
    void apiTokensAreShownOnceStoredOnlyAsHashesAndStopWorkingWhenDeleted() throws Exception {
        Accounts a = new Accounts(store);
        var created = a.createToken("admin", "home assistant");
        String secret = created.getKey();
        assertTrue(secret.startsWith(Accounts.TOKEN_PREFIX) && secret.length() > 40, secret);
        assertEquals("admin", a.tokenUser(secret).orElseThrow());
        assertTrue(a.tokenUser(secret + "x").isEmpty());
        assertTrue(a.tokenUser("hgt_").isEmpty());
        byte[] db = Files.readAllBytes(tmp.resolve("t.db"));
        assertFalse(new String(db, java.nio.charset.StandardCharsets.ISO_8859_1).contains(secret.substring(4)), "the secret is not stored");
        try (ResultSet rs = store.c.createStatement().executeQuery("SELECT hash FROM web_token")) {
            rs.next();
            assertEquals(Passwords.sha256(secret), rs.getString(1));
        }
        assertEquals(1, a.tokens().size());
        assertTrue(a.deleteToken(created.getValue().id()));
        assertTrue(a.tokenUser(secret).isEmpty());
        assertFalse(a.deleteToken(created.getValue().id()));
    }

    @Test
    void badTokenAndUserNamesAreRejectedWithAClearMessage() {
        Accounts a = new Accounts(store);
        assertTrue(assertThrows(Problem.class, () -> a.createToken("admin", "")).getMessage().contains("token name"));
        assertThrows(Problem.class, () -> a.createToken("admin", "<script>"));
        assertThrows(Problem.class, () -> a.createToken("admin", "x".repeat(65)));
        assertThrows(Problem.class, () -> Accounts.checkUserName("../admin"));
        assertThrows(Problem.class, () -> Accounts.checkUserName("a b"));
        Accounts.checkUserName("admin@home");
        assertTrue(a.tokens().isEmpty(), "nothing was stored");
    }
}
