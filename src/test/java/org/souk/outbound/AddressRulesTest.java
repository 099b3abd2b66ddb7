package org.souk.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.souk.outbound.internal.AddressRules;

/** Which addresses the guarded client refuses: every internal range, IPv4 inside IPv6 included. */
class AddressRulesTest {

    @Test
    void internalAddressesAreRefusedWithTheirKind() {
        assertThat(AddressRules.refusal("127.0.0.1")).isEqualTo("loopback");
        assertThat(AddressRules.refusal("127.255.0.9")).isEqualTo("loopback");
        assertThat(AddressRules.refusal("10.0.0.1")).isEqualTo("private");
        assertThat(AddressRules.refusal("172.16.0.1")).isEqualTo("private");
        assertThat(AddressRules.refusal("172.31.255.254")).isEqualTo("private");
        assertThat(AddressRules.refusal("192.168.0.10")).isEqualTo("private");
        assertThat(AddressRules.refusal("169.254.169.254")).isEqualTo("link-local");
        assertThat(AddressRules.refusal("100.64.0.1")).startsWith("shared");
        assertThat(AddressRules.refusal("100.127.255.254")).startsWith("shared");
        assertThat(AddressRules.refusal("0.0.0.0")).isEqualTo("unspecified");
        assertThat(AddressRules.refusal("224.0.0.251")).isEqualTo("multicast");
        assertThat(AddressRules.refusal("255.255.255.255")).isEqualTo("reserved");
        assertThat(AddressRules.refusal("::1")).isEqualTo("loopback");
        assertThat(AddressRules.refusal("::")).isEqualTo("unspecified");
        assertThat(AddressRules.refusal("fc00::1")).startsWith("private");
        assertThat(AddressRules.refusal("fd12:3456::1")).startsWith("private");
        assertThat(AddressRules.refusal("fe80::1")).isEqualTo("link-local");
        assertThat(AddressRules.refusal("fec0::1")).startsWith("private");
        assertThat(AddressRules.refusal("ff02::1")).isEqualTo("multicast");
        assertThat(AddressRules.refusal("::ffff:10.0.0.1")).isEqualTo("private");
        assertThat(AddressRules.refusal("::127.0.0.1")).isEqualTo("loopback");
        assertThat(AddressRules.refusal("64:ff9b::a9fe:a9fe")).isEqualTo("link-local");
        assertThat(AddressRules.refusal("2002:7f00:1::")).isEqualTo("loopback");
    }

    @Test
    void publicAddressesPass() {
        for (String address : new String[] { "8.8.8.8", "93.184.216.34", "172.32.0.1", "172.15.255.255", "100.128.0.1",
            "100.63.255.255", "192.169.0.1", "169.255.0.1", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001::1",
            "64:ff9b::808:808", "2002:808:808::" }) {
            assertThat(AddressRules.refusal(address)).as(address).isNull();
        }
    }
}
