package io.hearthguard.dns.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.xbill.DNS.Message;
import org.xbill.DNS.SimpleResolver;

/** Plain DNS through dnsjava's resolver: UDP, and TCP again when the answer comes truncated. */
final class PlainUpstream implements Upstream {
    private final SimpleResolver resolver;
    private final String description;

    PlainUpstream(Upstream.Spec spec, Duration timeout) {
        this.resolver = new SimpleResolver(spec.address());
        this.resolver.setTimeout(timeout);
        this.description = spec.describe();
    }

    @Override
    public CompletableFuture<Message> ask(Message query) {
        return resolver.sendAsync(query).toCompletableFuture();
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        // dnsjava's shared selector thread is closed by the component when it stops
    }
}
