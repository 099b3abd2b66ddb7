/**
 * Every request Souk itself sends out to an address that partners or users gave (the checks' URLs now,
 * installation events later) goes through {@link org.souk.outbound.GuardedHttp}: only http and https,
 * bounded time and size, a few redirects each checked again, and no loopback, private, link-local or
 * otherwise internal address unless {@code souk.outbound.allow-private} says so — so nobody can make
 * Souk fetch from its own network (SSRF). This module depends on no other module.
 */
package org.souk.outbound;
