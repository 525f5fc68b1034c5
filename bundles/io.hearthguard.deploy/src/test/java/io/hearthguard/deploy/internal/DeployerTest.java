package io.hearthguard.deploy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;

import io.hearthguard.platform.cli.Launch;

class DeployerTest {

    @TempDir
    Path data;

    private Deployer deployer() throws Exception {
        BundleContext context = (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { BundleContext.class },
                (p, m, a) -> switch (m.getName()) {
                    case "getProperty" -> Launch.DATA_DIR.equals(a[0]) ? data.toString() : null;
                    default -> null;
                });
        Deployer.Config config = (Deployer.Config) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Deployer.Config.class },
                (p, m, a) -> switch (m.getName()) {
                    case "pollMillis" -> 60_000L; // the tests poll by hand
                    case "requireSignature" -> true;
                    case "allowDowngrade" -> false;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        return new Deployer(context, config);
    }

    @Test
    void aRefusedJarIsNotOpenedAgainUntilItOrTheTrustFolderChanges() throws Exception {
        Deployer d = deployer();
        try {
            byte[] junk = new byte[4096];
            new Random(1).nextBytes(junk);
            Path jar = data.resolve("deploy/bomb.jar");
            Files.write(jar, junk);
            d.poll(); // the watcher's first poll may have come first: what counts is what follows
            d.poll();
            int after = d.verifications;
            assertTrue(after >= 1, "the jar was never verified");
            String why = Files.readString(data.resolve("deploy/bomb.jar.rejected.txt"));
            assertFalse(why.contains(".staging-"), why);
            for (int i = 0; i < 5; i++) {
                d.poll();
            }
            assertEquals(after, d.verifications, "an unchanged refused jar was verified again");
            // a new certificate in trust/ may make it acceptable: look once more
            Files.createDirectories(data.resolve("trust"));
            Files.writeString(data.resolve("trust/vendor.pem"), "not really a certificate");
            d.poll();
            d.poll();
            assertEquals(after + 1, d.verifications);
            // another jar of the same size and time moved over it is a new file: looked at again
            byte[] other = junk.clone();
            other[100] ^= 1;
            Path part = data.resolve("deploy/.bomb.jar.part");
            Files.write(part, other);
            Files.setLastModifiedTime(part, Files.getLastModifiedTime(jar));
            Files.move(part, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            d.poll();
            d.poll();
            assertEquals(after + 2, d.verifications);
        } finally {
            d.deactivate();
        }
    }
}
