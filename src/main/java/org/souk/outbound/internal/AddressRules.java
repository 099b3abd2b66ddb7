package org.souk.outbound.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses Souk never calls: every range of the IANA special-purpose address registries of IPv4
 * and IPv6 (RFC 6890 and its successors), multicast, and whatever IPv6 lies outside the global unicast
 * block 2000::/3. Two ranges carry an IPv4 address and are judged by it: IPv4-mapped {@code ::ffff:0:0/96}
 * and 6to4 {@code 2002::/16}. The table is the rule; the first range that holds the address names why
 * it is refused.
 */
public final class AddressRules {

    /**
     * One range of the table.
     *
     * @param embedded where an IPv4 address sits inside the IPv6 one (that address decides), or -1
     */
    record Range(byte[] prefix, int bits, String kind, int embedded) {

        static Range of(String cidr, String kind) {
            return of(cidr, kind, -1);
        }

        static Range of(String cidr, String kind, int embedded) {
            int slash = cidr.indexOf('/');
            try {
                // literals only: getByName does no lookup for them
                InetAddress address = InetAddress.getByName(cidr.substring(0, slash));
                byte[] prefix = address.getAddress();
                if (address instanceof Inet4Address && cidr.contains(":")) {
                    // the JDK turns ::ffff:a.b.c.d into an IPv4 address; the table keeps it as written
                    prefix = new byte[16];
                    prefix[10] = (byte) 0xff;
                    prefix[11] = (byte) 0xff;
                    System.arraycopy(address.getAddress(), 0, prefix, 12, 4);
                }
                return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), kind, embedded);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean holds(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    /** IPv4: the special-purpose registry, multicast and the reserved block; first match wins. */
    static final List<Range> IPV4 = List.of(
            Range.of("0.0.0.0/8", "\"this network\" (RFC 791)"),
            Range.of("10.0.0.0/8", "private (RFC 1918)"),
            Range.of("100.64.0.0/10", "shared, carrier-grade NAT (RFC 6598)"),
            Range.of("127.0.0.0/8", "loopback (RFC 1122)"),
            Range.of("169.254.0.0/16", "link-local (RFC 3927)"),
            Range.of("172.16.0.0/12", "private (RFC 1918)"),
            Range.of("192.0.0.0/24", "IETF protocol assignments (RFC 6890)"),
            Range.of("192.0.2.0/24", "documentation, TEST-NET-1 (RFC 5737)"),
            Range.of("192.31.196.0/24", "AS112 (RFC 7535)"),
            Range.of("192.52.193.0/24", "AMT (RFC 7450)"),
            Range.of("192.88.99.0/24", "6to4 relay anycast (RFC 7526)"),
            Range.of("192.168.0.0/16", "private (RFC 1918)"),
            Range.of("192.175.48.0/24", "AS112 direct delegation (RFC 7534)"),
            Range.of("198.18.0.0/15", "benchmarking (RFC 2544)"),
            Range.of("198.51.100.0/24", "documentation, TEST-NET-2 (RFC 5737)"),
            Range.of("203.0.113.0/24", "documentation, TEST-NET-3 (RFC 5737)"),
            Range.of("224.0.0.0/4", "multicast (RFC 5771)"),
            Range.of("255.255.255.255/32", "limited broadcast (RFC 919)"),
            Range.of("240.0.0.0/4", "reserved (RFC 1112)"));

    /** IPv6: the special-purpose registry, multicast and what is not global unicast; first match wins. */
    static final List<Range> IPV6 = List.of(
            Range.of("::/128", "unspecified (RFC 4291)"),
            Range.of("::1/128", "loopback (RFC 4291)"),
            Range.of("::ffff:0:0/96", "IPv4-mapped (RFC 4291)", 12),
            Range.of("::/96", "IPv4-compatible, deprecated (RFC 4291)"),
            Range.of("64:ff9b::/96", "IPv4/IPv6 translation (RFC 6052)"),
            Range.of("64:ff9b:1::/48", "local-use IPv4/IPv6 translation (RFC 8215)"),
            Range.of("100::/64", "discard-only (RFC 6666)"),
            Range.of("100:0:0:1::/64", "dummy prefix (RFC 9780)"),
            Range.of("2001::/23", "IETF protocol assignments (RFC 2928)"),
            Range.of("2001:db8::/32", "documentation (RFC 3849)"),
            Range.of("2002::/16", "6to4 (RFC 3056)", 2),
            Range.of("2620:4f:8000::/48", "AS112 direct delegation (RFC 7534)"),
            Range.of("3fff::/20", "documentation (RFC 9637)"),
            Range.of("5f00::/16", "segment routing SIDs (RFC 9602)"),
            Range.of("fc00::/7", "unique local, private (RFC 4193)"),
            Range.of("fe80::/10", "link-local (RFC 4291)"),
            Range.of("fec0::/10", "site-local, deprecated (RFC 3879)"),
            Range.of("ff00::/8", "multicast (RFC 4291)"),
            // not allocated for global unicast; what is left of 0::/1 and 4000::/2 ... e000::/4
            Range.of("::/3", "reserved by the IETF (RFC 4291)"),
            Range.of("4000::/2", "reserved by the IETF (RFC 4291)"),
            Range.of("8000::/1", "reserved by the IETF (RFC 4291)"));

    private AddressRules() {
    }

    /** Why the address may not be called (its range and RFC), or {@code null} when it is a public address. */
    public static String refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Range range : address instanceof Inet4Address ? IPV4 : IPV6) {
            if (range.holds(bytes)) {
                if (range.embedded() < 0) {
                    return range.kind();
                }
                String inside = refusal(bytes, range.embedded());
                return inside == null ? null : range.kind() + " of " + inside;
            }
        }
        return null;
    }

    private static String refusal(byte[] bytes, int from) {
        byte[] v4 = { bytes[from], bytes[from + 1], bytes[from + 2], bytes[from + 3] };
        for (Range range : IPV4) {
            if (range.holds(v4)) {
                return range.kind();
            }
        }
        return null;
    }

    /** For tests and logs: the refusal of an address literal. */
    public static String refusal(String literal) {
        try {
            return refusal(InetAddress.getByName(literal));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
