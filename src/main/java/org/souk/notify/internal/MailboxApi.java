package org.souk.notify.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.web.PageResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Administration")
class MailboxApi {

    private final Mailbox mailbox;

    MailboxApi(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/api/v1/admin/mailbox")
    @Operation(summary = "The dev mailbox: every e-mail sent or logged, newest first (administrators)",
            description = "to: part of the recipient's address.")
    PageResponse<MailView> list(@RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageResponse.of(mailbox.page(to, page, size), m -> m);
    }
}
