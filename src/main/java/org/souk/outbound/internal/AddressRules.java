package org.souk.outbound.internal;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses Souk never calls by default: everything that is not a public unicast address of the
 * internet. IPv4: 0/8 ("this network"), 127/8 loopback, 10/8, 172.16/12 and 192.168/16 private,
 * 100.64/10 shared (carrier-grade NAT), 169.254/16 link-local (cloud metadata lives there), 224/4
 * multicast, 240/4 reserved and the broadcast address. IPv6: {@code ::} and {@code ::1}, fc00::/7
 * unique local, fe80::/10 link-local, fec0::/10 site-local, ff00::/8 multicast; an IPv4 address inside
 * IPv6 (mapped {@code ::ffff:a.b.c.d}, compatible {@code ::a.b.c.d}, NAT64 64:ff9b::/96, 6to4 2002::/16)
 * is judged as that IPv4 address.
 */
public final class AddressRules {

    private AddressRules() {
    }

    /** Why the address may not be called, or {@code null} when it is a public address. */
    public static String refusal(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4(b);
        }
        boolean zero10 = true;
        for (int i = 0; i < 10; i++) {
            zero10 &= b[i] == 0;
        }
        if (zero10 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return ipv4(slice(b, 12)); // ::ffff:a.b.c.d
        }
        if (zero10 && b[10] == 0 && b[11] == 0) {
            if (address.isAnyLocalAddress()) {
                return "unspecified";
            }
            if (address.isLoopbackAddress()) {
                return "loopback";
            }
            return ipv4(slice(b, 12)); // ::a.b.c.d (deprecated "compatible")
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return "private (unique local)";
        }
        if (first == 0xfe && (second & 0xc0) == 0x80) {
            return "link-local";
        }
        if (first == 0xfe && (second & 0xc0) == 0xc0) {
            return "private (site-local)";
        }
        if (first == 0xff) {
            return "multicast";
        }
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            boolean wellKnown = true;
            for (int i = 4; i < 12; i++) {
                wellKnown &= b[i] == 0;
            }
            if (wellKnown) {
                return ipv4(slice(b, 12)); // 64:ff9b::a.b.c.d
            }
        }
        if (first == 0x20 && second == 0x02) {
            return ipv4(slice(b, 2)); // 2002:aabb:ccdd::/48
        }
        return null;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] { b[from], b[from + 1], b[from + 2], b[from + 3] };
    }

    private static String ipv4(byte[] b) {
        int a = b[0] & 0xff;
        int c = b[1] & 0xff;
        if (a == 0) {
            return "unspecified";
        }
        if (a == 127) {
            return "loopback";
        }
        if (a == 10 || a == 172 && (c & 0xf0) == 16 || a == 192 && c == 168) {
            return "private";
        }
        if (a == 100 && (c & 0xc0) == 64) {
            return "shared (carrier-grade NAT)";
        }
        if (a == 169 && c == 254) {
            return "link-local";
        }
        if ((a & 0xf0) == 224) {
            return "multicast";
        }
        if ((a & 0xf0) == 240) {
            return "reserved";
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
