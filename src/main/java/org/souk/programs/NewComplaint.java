package org.souk.programs;

/** What a complaint form sends: a reason from the list and the text. */
public record NewComplaint(ComplaintReason reason, String text) {
}
