package io.hearthguard.dns.internal;

import java.util.ArrayList;
import java.util.List;

import io.hearthguard.platform.dns.DnsQueryLog;

/** The last {@code capacity} queries in a ring; newest first when read. */
final class QueryLog implements DnsQueryLog {
    private final Query[] ring;
    private int next;
    private long written;

    QueryLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("query log size must be at least 1, was " + capacity);
        }
        this.ring = new Query[capacity];
    }

    synchronized void add(Query q) {
        ring[next] = q;
        next = (next + 1) % ring.length;
        written++;
    }

    @Override
    public List<Query> recent(int limit) {
        return select(null, limit);
    }

    @Override
    public List<Query> byClient(String client, int limit) {
        if (client == null) {
            throw new NullPointerException("client");
        }
        return select(client, limit);
    }

    private synchronized List<Query> select(String client, int limit) {
        int n = (int) Math.min(written, ring.length);
        int want = Math.max(0, Math.min(limit, ring.length));
        List<Query> out = new ArrayList<>(Math.min(want, 256));
        for (int i = 1; i <= n && out.size() < want; i++) {
            Query q = ring[Math.floorMod(next - i, ring.length)];
            if (client == null || client.equals(q.client())) {
                out.add(q);
            }
        }
        return List.copyOf(out);
    }
}
