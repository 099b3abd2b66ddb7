package org.souk.moderation;

import java.util.List;

import org.souk.checks.CheckReport;
import org.souk.install.InstallTestReport;
import org.souk.install.RestUsage;
import org.souk.partner.PartnerView;
import org.souk.solution.DraftDiff;
import org.souk.solution.Revision;

/**
 * Everything a moderator needs for one submission: the submitted revision, the published one it would
 * replace and the field-by-field difference, the check report the partner saw, the partner's history,
 * the checklist with the verdicts given, the canned responses, the latest automatic install test and
 * the REST calls of the solution's installations (F-09), and the submission of each region of the solution
 * (the revision is published when every region has approved it); once decided, who decided
 * ({@code decidedBy}; the comment, the remarks and the date are the submission's).
 */
public record Review(QueueEntry entry, SubmissionView submission, Revision revision, Revision base,
        List<DraftDiff.FieldChange> diff, CheckReport report, PartnerView partner, List<SubmissionView> history,
        List<ChecklistItem> checklist, List<CannedResponse> cannedResponses, String removedReason,
        InstallTestReport installTest, List<RestUsage> restUsage, List<SubmissionView> regions,
        String decidedBy) {
}
