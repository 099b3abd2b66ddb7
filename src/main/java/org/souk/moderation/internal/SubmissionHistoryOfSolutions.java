package org.souk.moderation.internal;

import org.souk.identity.SoukUser;
import org.souk.moderation.Submissions;
import org.souk.solution.SubmissionHistory;
import org.souk.web.PageResponse;
import org.springframework.stereotype.Component;

/** The solution's API lists its submissions (api.md) through this: the partner's view, newest first. */
@Component
class SubmissionHistoryOfSolutions implements SubmissionHistory {

    private final Submissions submissions;

    SubmissionHistoryOfSolutions(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public PageResponse<?> of(SoukUser user, String code, int page, int size) {
        return submissions.history(user, code, page, size);
    }
}
