package org.souk.moderation;

/**
 * A rule the checks cannot judge alone ({@code assist} in requirements.md), which the moderator marks
 * when deciding: {@code verdict} is "pass", "fail" or "n/a".
 */
public record ChecklistItem(String rule, String text, String verdict) {
}
