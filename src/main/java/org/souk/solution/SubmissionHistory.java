package org.souk.solution;

import org.souk.identity.SoukUser;
import org.souk.web.PageResponse;

/**
 * A solution's submissions, newest first, for {@code GET /api/v1/solutions/{code}} (api.md). Submissions belong to
 * the moderation module, which depends on this one: it provides this bean, so that the solution's API shows them
 * without a dependency the other way.
 */
public interface SubmissionHistory {

    /** A page of them, newest first (the partner's own solution only, as {@code solutions.get} checks). */
    PageResponse<?> of(SoukUser user, String code, int page, int size);
}
