/**
 * Every request Souk itself sends out to an address that partners or users gave (the checks' URLs,
 * installation events) goes through {@link org.souk.outbound.GuardedHttp}: only http and https, bounded
 * time and size, a few redirects each checked again, the connection made to the very address that was
 * checked, and no address of an IANA special-purpose range (loopback, private, link-local, documentation,
 * …) unless its exact {@code host:port} is on {@code souk.outbound.allowed-hosts} (tests only) — so nobody
 * can make Souk fetch from its own network (SSRF). This module depends on no other module.
 */
package org.souk.outbound;
