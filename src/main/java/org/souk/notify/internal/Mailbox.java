package org.souk.notify.internal;

import java.util.Optional;

import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dev mailbox: every e-mail the market sent or logged, for administrators. Switched off with
 * {@code souk.mail.dev-mailbox=false} where the e-mails must not be readable in the UI.
 */
@Service
class Mailbox {

    private final OutboundMailRepository mails;
    private final boolean enabled;

    Mailbox(OutboundMailRepository mails, @Value("${souk.mail.dev-mailbox:true}") boolean enabled) {
        this.mails = mails;
        this.enabled = enabled;
    }

    @Transactional(readOnly = true)
    Page<MailView> page(String to, int page, int size) {
        requireEnabled();
        return PageResponse.read(page, size, 100, request -> mails.findByRecipientContainingIgnoreCase(
                to == null ? "" : to.trim(), request.withSort(Sort.by(Sort.Direction.DESC, "id"))))
                .map(OutboundMailEntity::toView);
    }

    @Transactional(readOnly = true)
    Optional<MailView> find(long id) {
        requireEnabled();
        return mails.findById(id).map(OutboundMailEntity::toView);
    }

    private void requireEnabled() {
        if (!enabled) {
            throw new NotFound("The dev mailbox is switched off (souk.mail.dev-mailbox)");
        }
    }
}
