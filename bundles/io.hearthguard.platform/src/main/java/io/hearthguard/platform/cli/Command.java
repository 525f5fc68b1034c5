package io.hearthguard.platform.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command-line command. Register as a service with {@value #PROP_NAME} (the first word
 * on the command line) and {@value #PROP_SUMMARY} (one line for {@code --help}).
 *
 * <p>Called once, on the launcher's main thread. {@code --help} after the name must print
 * the command's usage and return 0.
 */
@ConsumerType
public interface Command {

    /** Service property: the command name, e.g. {@code analyze}. */
    String PROP_NAME = "hearthguard.command";
    /** Service property: one-line description. */
    String PROP_SUMMARY = "hearthguard.command.summary";

    /** Exit code: success. */
    int OK = 0;
    /** Exit code: the command ran and found something at or above the chosen severity. */
    int FINDINGS = 1;
    /** Exit code: bad usage or bad input; a message was printed to {@code err}. */
    int USAGE = 2;

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @param out  standard output (results, machine-readable where asked)
     * @param err  standard error (progress, messages)
     * @return the process exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
