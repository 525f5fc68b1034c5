/**
 * One-shot command-line commands ({@code ./hearthguard analyze FILE},
 * {@code ./hearthguard skills scan PATH}). The launcher starts the framework without the
 * hub's servers, finds the {@link io.hearthguard.platform.cli.Command} service named by
 * the first argument, runs it and exits with its code.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package io.hearthguard.platform.cli;
