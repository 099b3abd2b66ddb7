package org.souk.moderation.internal;

import java.util.List;

import org.souk.identity.SoukUser;
import org.souk.moderation.Submissions;
import org.souk.solution.SubmissionHistory;
import org.springframework.stereotype.Component;

/** The solution's API lists its submissions (api.md) through this: the partner's view, newest first. */
@Component
class SubmissionHistoryOfSolutions implements SubmissionHistory {

    private final Submissions submissions;

    SubmissionHistoryOfSolutions(Submissions submissions) {
        this.submissions = submissions;
    }

    @Override
    public List<?> of(SoukUser user, String code) {
        return submissions.history(user, code);
    }
}
