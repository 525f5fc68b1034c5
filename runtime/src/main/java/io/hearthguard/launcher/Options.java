package io.hearthguard.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The launcher's command line. Launcher options come before the command name. */
final class Options {
    Path data = Path.of("hearthguard-data");
    boolean dataGiven;
    int port = 8088;
    String bind = "127.0.0.1";
    final List<String> hostnames = new ArrayList<>();
    boolean help;
    boolean verbose;
    boolean moveAsideDamagedStore;
    /** Extra bundles a one-shot command runs with (a vendor testing its protection with {@code analyze}). */
    final List<Path> bundles = new ArrayList<>();
    String command;
    final List<String> rest = new ArrayList<>();

    static Options parse(String[] args) throws UsageException {
        Options o = new Options();
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            String a = args[i];
            switch (a) {
                case "--data" -> {
                    o.data = Path.of(value(args, ++i, a));
                    o.dataGiven = true;
                }
                case "--port" -> {
                    String v = value(args, ++i, a);
                    try {
                        o.port = Integer.parseInt(v);
                    } catch (NumberFormatException e) {
                        o.port = -1;
                    }
                    if (o.port < 1 || o.port > 65535) {
                        throw new UsageException("--port must be a number from 1 to 65535, not '" + v + "'");
                    }
                }
                case "--bind" -> o.bind = value(args, ++i, a);
                case "--hostname" -> {
                    String v = value(args, ++i, a);
                    if (!v.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})")) {
                        throw new UsageException("--hostname must be a host name such as hub.lan, not '" + v + "'");
                    }
                    o.hostnames.add(v);
                }
                case "--help", "-h" -> o.help = true;
                case "--verbose", "-v" -> o.verbose = true;
                case "--move-aside-damaged-store" -> o.moveAsideDamagedStore = true;
                case "--bundle" -> {
                    if (o.bundles.size() == 16) {
                        throw new UsageException("at most 16 --bundle options");
                    }
                    o.bundles.add(Path.of(value(args, ++i, a)));
                }
                default -> throw new UsageException("unknown option " + a);
            }
            i++;
        }
        if (i < args.length) {
            o.command = args[i++];
        } else if (!o.bundles.isEmpty() && !o.help) {
            throw new UsageException("--bundle is for one-shot commands such as analyze; a running hub takes bundles through its deploy/ folder");
        }
        if (o.command != null) {
            while (i < args.length) {
                String a = args[i++];
                if (o.rest.isEmpty() && (a.equals("--help") || a.equals("-h"))) {
                    o.help = true;
                } else {
                    o.rest.add(a);
                }
            }
        }
        return o;
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }
}
