package org.souk.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.souk.outbound.internal.AddressRules;

/**
 * Which addresses the guarded client refuses: every IANA special-purpose range of IPv4 and IPv6, each
 * at its first and last address, with the kind the refusal names; and the public neighbours of each range.
 */
class AddressRulesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0.0.0              | this network
            0.255.255.255        | this network
            10.0.0.0             | private
            10.255.255.255       | private
            100.64.0.0           | carrier-grade NAT
            100.127.255.255      | carrier-grade NAT
            127.0.0.1            | loopback
            127.255.0.9          | loopback
            169.254.169.254      | link-local
            172.16.0.1           | private
            172.31.255.254       | private
            192.0.0.9            | IETF protocol assignments
            192.0.0.255          | IETF protocol assignments
            192.0.2.1            | TEST-NET-1
            192.31.196.1         | AS112
            192.52.193.1         | AMT
            192.88.99.1          | 6to4 relay
            192.168.0.10         | private
            192.175.48.1         | AS112
            198.18.0.1           | benchmarking
            198.19.255.255       | benchmarking
            198.51.100.7         | TEST-NET-2
            203.0.113.200        | TEST-NET-3
            224.0.0.251          | multicast
            239.255.255.250      | multicast
            240.0.0.1            | reserved
            255.255.255.254      | reserved
            255.255.255.255      | limited broadcast
            ::                   | unspecified
            ::1                  | loopback
            ::127.0.0.1          | IPv4-compatible
            ::ffff:10.0.0.1      | private
            ::ffff:198.18.0.1    | benchmarking
            64:ff9b::808:808     | IPv4/IPv6 translation
            64:ff9b::a9fe:a9fe   | IPv4/IPv6 translation
            64:ff9b:1::1         | local-use IPv4/IPv6 translation
            100::1               | discard-only
            100:0:0:1::1         | dummy prefix
            2001::1              | IETF protocol assignments
            2001:1ff:ffff::1     | IETF protocol assignments
            2001:db8::1          | documentation
            2001:db8:ffff::1     | documentation
            2002:7f00:1::        | 6to4 (RFC 3056) of loopback
            2002:a9fe:a9fe::1    | 6to4 (RFC 3056) of link-local
            2002:c612:1::        | 6to4 (RFC 3056) of benchmarking
            2620:4f:8000::1      | AS112
            3fff::1              | documentation
            5f00::1              | segment routing
            fc00::1              | unique local
            fd00::1              | unique local
            fd12:3456::1         | unique local
            fe80::1              | link-local
            febf:ffff::1         | link-local
            fec0::1              | site-local
            ff02::1              | multicast
            ff0e::1              | multicast
            1::1                 | reserved by the IETF
            4000::1              | reserved by the IETF
            8000::1              | reserved by the IETF
            """)
    void specialPurposeAddressesAreRefusedWithTheirRange(String address, String kind) {
        assertThat(AddressRules.refusal(address)).as(address).isNotNull().contains(kind);
    }

    @ParameterizedTest(name = "{0} is public")
    @CsvSource({ "1.0.0.1", "8.8.8.8", "9.255.255.255", "11.0.0.0", "93.184.216.34", "100.63.255.255", "100.128.0.1",
        "126.255.255.255", "128.0.0.0", "169.253.255.255", "169.255.0.1", "172.15.255.255", "172.32.0.1", "192.0.1.255",
        "192.0.3.0", "192.88.98.255", "192.167.255.255", "192.169.0.1", "198.17.255.255", "198.20.0.0", "198.51.99.255",
        "198.51.101.0", "203.0.112.255", "203.0.114.0", "223.255.255.255", "2606:4700:4700::1111", "2a00:1450:4001::1",
        "2001:200::1", "2001:db7:ffff::1", "2001:db9::1", "2002:808:808::", "2400:cb00::1", "3ffe:ffff::1" })
    void publicAddressesPass(String address) {
        assertThat(AddressRules.refusal(address)).as(address).isNull();
    }

    @Test
    void anIpv4MappedAddressKeptAsIpv6IsJudgedByItsIpv4Address() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(InetAddress.getByName("169.254.169.254").getAddress(), 0, mapped, 12, 4);
        assertThat(AddressRules.refusal(Inet6Address.getByAddress(null, mapped, -1))).contains("IPv4-mapped", "link-local");
        System.arraycopy(InetAddress.getByName("8.8.8.8").getAddress(), 0, mapped, 12, 4);
        assertThat(AddressRules.refusal(Inet6Address.getByAddress(null, mapped, -1))).isNull();
    }
}
