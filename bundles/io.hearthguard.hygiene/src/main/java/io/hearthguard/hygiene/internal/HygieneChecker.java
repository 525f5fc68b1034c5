package io.hearthguard.hygiene.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Runs the checks of one device: the exposure check of every configured port of each of its
 * addresses inside the home subnets, then (when turned on) the default-login check of the
 * services found. Addresses outside the home subnets are refused before any socket is
 * opened. Connects are rate-limited across all checks of this checker; at most
 * {@code parallel} run at once. Thread-safe; {@link #close()} stops its threads.
 */
final class HygieneChecker implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HygieneChecker.class.getName());

    /** How a checker behaves; validated by the constructor of {@link Limits} and here. */
    record Settings(HomeSubnets subnets, List<RiskyPort> ports, Limits limits, double connectsPerSecond, int parallel,
            boolean credentials, int loginIntervalMillis, int loginWaitMillis, int maxAttemptsPerService) {
        Settings {
            if (!(connectsPerSecond > 0 && connectsPerSecond <= 200)) {
                throw new IllegalArgumentException("connectsPerSecond must be above 0 and at most 200: " + connectsPerSecond);
            }
            if (parallel < 1 || parallel > 32) {
                throw new IllegalArgumentException("parallel must be 1 to 32: " + parallel);
            }
            if (ports.isEmpty() || ports.size() > 256) {
                throw new IllegalArgumentException("ports: 1 to 256 ports, got " + ports.size());
            }
            if (loginIntervalMillis < 0 || loginIntervalMillis > 600_000) {
                throw new IllegalArgumentException("loginIntervalMillis must be 0 to 600000: " + loginIntervalMillis);
            }
            if (loginWaitMillis < 100 || loginWaitMillis > 30_000) {
                throw new IllegalArgumentException("loginWaitMillis must be 100 to 30000: " + loginWaitMillis);
            }
        }
    }

    /**
     * What one device's check found.
     *
     * @param refused     addresses not checked, each with the reason
     * @param exposures   open ports, by address and port
     * @param credentials default-login results per service tried (empty when turned off)
     * @param traffic     connects and bytes each way
     */
    record Report(List<String> checked, List<String> refused, List<Exposure> exposures, List<CredentialCheck.Result> credentials,
            Map<String, Object> traffic, Duration took) {
    }

    private final Settings settings;
    private final Throttle connects;
    private final ExecutorService pool;

    HygieneChecker(Settings settings) {
        this.settings = settings;
        this.connects = Throttle.perSecond(settings.connectsPerSecond());
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(settings.parallel(), r -> {
            Thread t = new Thread(r, "hearthguard-hygiene-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** @return the reason {@code ip} may not be checked, or null when it may */
    String refusal(String ip) {
        if (HomeSubnets.parse(ip) == null) {
            return ip + ": not an IPv4 address (IPv6 and names are not checked)";
        }
        if (settings.subnets().isEmpty()) {
            return ip + ": no home subnet is configured (homeSubnets or homeInterface), so nothing is checked";
        }
        if (!settings.subnets().contains(ip)) {
            return ip + ": outside the home subnets " + settings.subnets() + "; refused";
        }
        return null;
    }

    /**
     * Checks the given addresses of one device.
     *
     * @throws InterruptedException when stopped; partial results are dropped
     */
    Report check(Collection<String> ips) throws InterruptedException {
        long t0 = System.nanoTime();
        List<String> checked = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (String ip : ips) {
            String why = refusal(ip);
            if (why == null) {
                checked.add(ip);
            } else {
                refused.add(why);
            }
        }
        ExposureCheck.Traffic traffic = new ExposureCheck.Traffic();
        List<Future<Exposure>> jobs = new ArrayList<>();
        for (String ip : checked) {
            for (RiskyPort p : settings.ports()) {
                jobs.add(pool.submit(() -> {
                    connects.acquire();
                    return ExposureCheck.probe(ip, p, settings.limits(), traffic);
                }));
            }
        }
        List<Exposure> exposures = new ArrayList<>();
        try {
            for (Future<Exposure> f : jobs) {
                Exposure e = f.get();
                if (e != null) {
                    exposures.add(e);
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("hygiene check failed: " + e.getCause(), e.getCause());
        } finally {
            jobs.forEach(f -> f.cancel(true));
        }
        exposures.sort(Comparator.comparing(Exposure::ip).thenComparingInt(e -> e.port().port()));
        List<CredentialCheck.Result> creds = new ArrayList<>();
        if (settings.credentials()) {
            CredentialCheck cc = new CredentialCheck(settings.limits(), settings.loginWaitMillis(), settings.maxAttemptsPerService(), traffic);
            for (String ip : checked) {
                Throttle perDevice = Throttle.every(settings.loginIntervalMillis());
                for (Exposure e : exposures) {
                    if (e.ip().equals(ip) && CredentialCheck.applies(e)) {
                        creds.add(cc.run(e, perDevice));
                    }
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        LOG.info(() -> "hygiene check of " + checked + ": " + exposures.size() + " open risky ports, " + creds.size()
                + " login checks, " + traffic + ", " + took.toMillis() + " ms" + (refused.isEmpty() ? "" : "; refused " + refused));
        return new Report(List.copyOf(checked), List.copyOf(refused), List.copyOf(exposures), List.copyOf(creds), traffic.toMap(), took);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
