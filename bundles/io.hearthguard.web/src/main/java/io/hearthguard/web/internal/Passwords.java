package io.hearthguard.web.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 from the JDK. Encoded as
 * {@code pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>} so the iteration count can rise
 * later without invalidating stored hashes.
 */
final class Passwords {
    /** OWASP 2023 recommendation for PBKDF2-HMAC-SHA256. */
    static final int ITERATIONS = 310_000;
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 1_024;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** @throws Problem 400 when the password does not meet the policy */
    static void checkPolicy(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw Problem.badRequest("the password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw Problem.badRequest("the password must have at most " + MAX_LENGTH + " characters");
        }
        if (password.chars().distinct().count() < 4) {
            throw Problem.badRequest("the password must use at least 4 different characters");
        }
    }

    static String hash(String password) {
        return hash(password, ITERATIONS);
    }

    static String hash(String password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] h = derive(password, salt, iterations);
        Base64.Encoder b = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b.encodeToString(salt) + "$" + b.encodeToString(h);
    }

    /** @return true when {@code password} matches {@code encoded}; false for malformed encodings */
    static boolean verify(String password, String encoded) {
        String[] p = encoded == null ? new String[0] : encoded.split("\\$");
        if (p.length != 4 || !p[0].equals("pbkdf2-sha256") || password.length() > MAX_LENGTH) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(p[1]);
            byte[] salt = Base64.getDecoder().decode(p[2]);
            byte[] expected = Base64.getDecoder().decode(p[3]);
            if (iterations < 1 || iterations > 10_000_000) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** @return {@code bytes} random bytes, URL-safe base64 without padding */
    static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        String s = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        Arrays.fill(b, (byte) 0);
        return s;
    }

    /** @return a one-time setup code like {@code K7QX-M2PD-9TZR}: 12 symbols of an unambiguous alphabet (~60 bits) */
    static String setupCode() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** SHA-256 of a high-entropy secret (session ids, API tokens), hex. A slow KDF adds nothing there. */
    static String sha256(String secret) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time string comparison. */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8), b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
