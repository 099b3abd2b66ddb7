package org.souk.solution;

import java.util.List;

import org.souk.identity.SoukUser;

/**
 * A solution's submissions, newest first, for {@code GET /api/v1/solutions/{code}} (api.md). Submissions belong to
 * the moderation module, which depends on this one: it provides this bean, so that the solution's API shows them
 * without a dependency the other way.
 */
public interface SubmissionHistory {

    List<?> of(SoukUser user, String code);
}
