package org.souk.review.internal;

/** One text field of a form: the partner's reply ({@code replyText}) or the moderator's reason ({@code reason}). */
public class TextForm {

    private String replyText;
    private String reason;

    public String getReplyText() {
        return replyText;
    }

    public void setReplyText(String replyText) {
        this.replyText = replyText;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
