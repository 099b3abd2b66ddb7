package org.souk.install;

import java.time.Instant;

/**
 * A customer account ("portal"): its domain, the {@code member_id} that never changes (32 hex), plan and
 * language. {@code testPartnerId} names the partner whose test account it is (S-11), else null.
 */
public record CustomerAccount(long id, String domain, String memberId, String plan, String language,
        Long testPartnerId, Instant createdAt) {

    public boolean test() {
        return testPartnerId != null;
    }
}
