package org.souk.install;

/** F-09: how much an installation calls the REST API, and how often it hit the limit. */
public record RestUsage(String domain, String memberId, String solutionCode, long calls, long refused) {
}
