package org.souk.notify.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.SoukUser;
import org.souk.notify.Notification;
import org.souk.notify.Notifications;
import org.souk.web.PageResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The signed-in user's notifications: a page and the same list in the API. */
@Controller
@Tag(name = "Notifications", description = "Your in-app notifications (M-09)")
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String page(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Model model) {
        model.addAttribute("notifications", notifications.of(user.id(), page, PageResponse.htmlSize(size)));
        return "notify/notifications";
    }

    @PostMapping("/notifications/read")
    String readAll(@AuthenticationPrincipal SoukUser user) {
        notifications.readAll(user.id());
        return "redirect:/notifications";
    }

    @GetMapping("/api/v1/notifications")
    @ResponseBody
    @Operation(summary = "Your notifications, newest first")
    PageResponse<Notification> list(@AuthenticationPrincipal SoukUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return notifications.of(user.id(), page, size);
    }

    @PostMapping("/api/v1/notifications/read")
    @ResponseBody
    @ResponseStatus(org.springframework.http.HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark all your notifications read")
    void markRead(@AuthenticationPrincipal SoukUser user) {
        notifications.readAll(user.id());
    }
}
