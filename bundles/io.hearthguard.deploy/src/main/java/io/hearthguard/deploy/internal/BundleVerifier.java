package io.hearthguard.deploy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

/**
 * Decides whether a jar may be installed: complete and well-formed, within size limits,
 * a valid bundle, and (when required) signed in full by a trusted vendor certificate.
 * Stateless and thread-safe.
 */
public final class BundleVerifier {

    /** What a verified jar is. */
    public record Verified(String symbolicName, String version, String sha256, String signer) {
    }

    /** Size limits. */
    public record Limits(long maxFileBytes, int maxEntries, long maxUncompressedBytes, int maxRatio) {
        public static final Limits DEFAULT = new Limits(64L << 20, 10_000, 256L << 20, 100);
    }

    private static final Pattern BSN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+(\\.\\d+(\\.[A-Za-z0-9_\\-]+)?)?)?");

    private final List<X509Certificate> trusted;
    private final boolean requireSignature;
    private final Limits limits;

    public BundleVerifier(List<X509Certificate> trusted, boolean requireSignature, Limits limits) {
        this.trusted = List.copyOf(trusted);
        this.requireSignature = requireSignature;
        this.limits = limits;
    }

    /** Reads the trusted vendor certificates (PEM or DER, {@code *.pem|*.crt|*.cer}) from a folder. */
    public static List<X509Certificate> loadTrust(Path dir) throws DeployException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            java.security.cert.CertificateFactory cf = java.security.cert.CertificateFactory.getInstance("X.509");
            List<X509Certificate> out = new java.util.ArrayList<>();
            for (Path p : files.filter(f -> f.toString().matches(".*\\.(pem|crt|cer)$")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    for (Certificate c : cf.generateCertificates(in)) {
                        out.add((X509Certificate) c);
                    }
                } catch (CertificateException e) {
                    throw new DeployException("trusted certificate file " + p + " is not a valid X.509 certificate: " + e.getMessage(), e);
                }
            }
            return out;
        } catch (IOException | CertificateException e) {
            throw new DeployException("cannot read trusted certificates in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Verifies a jar.
     *
     * @throws DeployException naming the first problem found
     */
    public Verified verify(Path jar) throws DeployException {
        String name = jar.getFileName().toString();
        long size;
        try {
            size = Files.size(jar);
        } catch (IOException e) {
            throw new DeployException(name + ": cannot read: " + e.getMessage(), e);
        }
        if (size > limits.maxFileBytes()) {
            throw new DeployException(name + ": " + size + " bytes is more than the limit of " + limits.maxFileBytes());
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(jar));
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new DeployException(name + ": cannot read: " + e.getMessage(), e);
        }
        try (JarFile jf = new JarFile(jar.toFile(), true)) {
            Manifest mf = jf.getManifest();
            if (mf == null) {
                throw new DeployException(name + ": no META-INF/MANIFEST.MF: not an OSGi bundle");
            }
            String bsn = header(jf, mf, "Bundle-SymbolicName", name);
            String version = mf.getMainAttributes().getValue("Bundle-Version");
            if (!"2".equals(mf.getMainAttributes().getValue("Bundle-ManifestVersion"))) {
                throw new DeployException(name + ": Bundle-ManifestVersion must be 2");
            }
            String plainBsn = bsn.split(";")[0].trim();
            if (!BSN.matcher(plainBsn).matches()) {
                throw new DeployException(name + ": Bundle-SymbolicName '" + plainBsn + "' is not a valid name");
            }
            if (version == null) {
                version = "0.0.0";
            }
            if (!VERSION.matcher(version.trim()).matches()) {
                throw new DeployException(name + ": Bundle-Version '" + version + "' is not a valid OSGi version");
            }
            Set<CodeSigner> signers = readAll(jf, name);
            String signer = null;
            if (requireSignature) {
                signer = checkSigners(jf, mf, signers, name);
            }
            return new Verified(plainBsn, version.trim(), HexFormat.of().formatHex(sha.digest()), signer);
        } catch (SecurityException e) {
            throw new DeployException(name + ": signature does not match the content (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DeployException(name + ": not a complete jar (" + e.getMessage() + "); is it still being copied?", e);
        }
    }

    /** Reads the raw manifest to catch a header given twice (java.util.jar keeps only one). */
    private static String header(JarFile jf, Manifest mf, String h, String name) throws IOException, DeployException {
        JarEntry e = jf.getJarEntry(JarFile.MANIFEST_NAME);
        byte[] raw;
        try (InputStream in = jf.getInputStream(e)) {
            raw = in.readNBytes(1 << 20);
        }
        String text = new String(raw, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int mainEnd = text.indexOf("\n\n");
        String main = mainEnd < 0 ? text : text.substring(0, mainEnd);
        long count = main.lines().filter(l -> l.regionMatches(true, 0, h + ":", 0, h.length() + 1)).count();
        if (count > 1) {
            throw new DeployException(name + ": " + h + " is given " + count + " times");
        }
        String v = mf.getMainAttributes().getValue(h);
        if (v == null || v.isBlank()) {
            throw new DeployException(name + ": no " + h + ": not an OSGi bundle");
        }
        return v;
    }

    /** Reads every entry (checking CRCs, signatures and bomb limits); returns the signers seen. */
    private Set<CodeSigner> readAll(JarFile jf, String name) throws IOException, DeployException {
        int entries = 0;
        long total = 0;
        Set<CodeSigner> signers = new java.util.HashSet<>();
        byte[] buf = new byte[8192];
        Enumeration<JarEntry> en = jf.entries();
        while (en.hasMoreElements()) {
            JarEntry e = en.nextElement();
            if (++entries > limits.maxEntries()) {
                throw new DeployException(name + ": more than " + limits.maxEntries() + " entries");
            }
            String n = e.getName();
            if (n.startsWith("/") || n.contains("\\") || n.equals("..") || n.startsWith("../") || n.contains("/../") || n.endsWith("/..")) {
                throw new DeployException(name + ": entry '" + n + "' has an unsafe path");
            }
            if (e.isDirectory()) {
                continue;
            }
            long entryBytes = 0;
            try (InputStream in = jf.getInputStream(e)) {
                int r;
                while ((r = in.read(buf)) > 0) {
                    entryBytes += r;
                    total += r;
                    if (total > limits.maxUncompressedBytes()) {
                        throw new DeployException(name + ": more than " + limits.maxUncompressedBytes() + " bytes uncompressed");
                    }
                }
            }
            long compressed = Math.max(1, e.getCompressedSize());
            if (entryBytes > 1_000_000 && entryBytes / compressed > limits.maxRatio()) {
                throw new DeployException(name + ": entry '" + n + "' expands " + entryBytes / compressed + ":1, more than " + limits.maxRatio() + ":1");
            }
            CodeSigner[] cs = e.getCodeSigners();
            if (cs != null) {
                signers.addAll(List.of(cs));
            }
        }
        return signers;
    }

    private String checkSigners(JarFile jf, Manifest mf, Set<CodeSigner> seen, String name) throws DeployException {
        if (seen.isEmpty()) {
            throw new DeployException(name + ": is not signed; only bundles signed by a trusted vendor certificate are installed");
        }
        // every content entry signed, by a trusted signer
        Enumeration<JarEntry> en = jf.entries();
        String signer = null;
        while (en.hasMoreElements()) {
            JarEntry e = en.nextElement();
            String n = e.getName();
            if (e.isDirectory() || isSignatureFile(n)) {
                continue;
            }
            CodeSigner[] cs = e.getCodeSigners();
            if (cs == null || cs.length == 0) {
                throw new DeployException(name + ": entry '" + n + "' is not signed (added after signing?)");
            }
            String trustedBy = trustedSigner(cs);
            if (trustedBy == null) {
                throw new DeployException(name + ": signed by " + subject(cs[0]) + ", which is not a trusted vendor certificate"
                    + " (to trust this vendor, put its certificate, PEM or DER, into the data directory's trust/ folder)");
            }
            signer = trustedBy;
        }
        // a signed entry that was removed still has its digest in the manifest
        for (Map.Entry<String, Attributes> s : mf.getEntries().entrySet()) {
            boolean hasDigest = s.getValue().keySet().stream().anyMatch(k -> k.toString().toUpperCase(java.util.Locale.ROOT).endsWith("-DIGEST"));
            if (hasDigest && jf.getJarEntry(s.getKey()) == null) {
                throw new DeployException(name + ": signed entry '" + s.getKey() + "' is missing from the jar");
            }
        }
        return signer;
    }

    private static boolean isSignatureFile(String n) {
        String u = n.toUpperCase(java.util.Locale.ROOT);
        return u.equals("META-INF/MANIFEST.MF") || (u.startsWith("META-INF/") && u.indexOf('/', 9) < 0
                && (u.endsWith(".SF") || u.endsWith(".RSA") || u.endsWith(".DSA") || u.endsWith(".EC") || u.startsWith("META-INF/SIG-")));
    }

    private String trustedSigner(CodeSigner[] cs) throws DeployException {
        for (CodeSigner s : cs) {
            List<? extends Certificate> path = s.getSignerCertPath().getCertificates();
            X509Certificate leaf = (X509Certificate) path.get(0);
            for (Certificate c : path) {
                if (trusted.contains(c)) {
                    try {
                        leaf.checkValidity();
                    } catch (CertificateException e) {
                        throw new DeployException("the signing certificate " + leaf.getSubjectX500Principal().getName()
                                + " is not valid now (" + e.getMessage() + ")");
                    }
                    return leaf.getSubjectX500Principal().getName();
                }
            }
        }
        return null;
    }

    private static String subject(CodeSigner s) {
        return ((X509Certificate) s.getSignerCertPath().getCertificates().get(0)).getSubjectX500Principal().getName();
    }

}
