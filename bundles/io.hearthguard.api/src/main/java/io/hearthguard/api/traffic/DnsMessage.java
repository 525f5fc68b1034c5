package io.hearthguard.api.traffic;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A DNS or multicast DNS message. Names are lower case without the trailing dot;
 * compression pointers are resolved with loop and depth limits.
 */
@ProviderType
public interface DnsMessage extends TrafficMetadata {

    /** One question. */
    record Question(String name, int type, int dnsClass) {
    }

    /**
     * One resource record from the answer, authority or additional section.
     *
     * @param section 1 answer, 2 authority, 3 additional
     * @param data    the record data in presentation form: an address for A/AAAA, a name
     *                for CNAME/PTR/NS, {@code priority weight port target} for SRV; empty
     *                for TXT (see {@code txt}) and for types not decoded
     * @param txt     the strings of a TXT record, else empty
     */
    record Answer(int section, String name, int type, int dnsClass, long ttl, String data,
            List<String> txt) {
    }

    /** @return true for mDNS (UDP port 5353) */
    boolean multicast();

    /** @return the transaction id */
    int transactionId();

    /** @return true for a response (QR bit set) */
    boolean response();

    /** @return the response code (0 NOERROR, 3 NXDOMAIN, …) */
    int rcode();

    /** @return the questions */
    List<Question> questions();

    /** @return the resource records of all sections, in packet order */
    List<Answer> answers();
}
