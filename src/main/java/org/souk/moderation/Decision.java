package org.souk.moderation;

import java.util.List;
import java.util.Map;

/**
 * What a moderator decides with: the comment (required to return, M-04; optional to refuse, M-06),
 * remarks on single fields, and the verdicts of the checklist by rule id ("pass", "fail", "n/a").
 */
public record Decision(String comment, List<FieldComment> fieldComments, Map<String, String> checklist) {

    public Decision {
        fieldComments = fieldComments == null ? List.of() : List.copyOf(fieldComments);
        checklist = checklist == null ? Map.of() : Map.copyOf(checklist);
    }
}
