package org.souk.notify.internal;

import org.souk.identity.SoukUser;
import org.souk.notify.Notifications;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count of the menu's bell, on every page of a signed-in user. */
@ControllerAdvice(annotations = Controller.class)
class NotificationBadge {

    private final Notifications notifications;

    NotificationBadge(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unread() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SoukUser user) {
            return notifications.unread(user.id());
        }
        return null;
    }
}
