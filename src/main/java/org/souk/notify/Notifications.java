package org.souk.notify;

import org.souk.notify.internal.NotificationEntity;
import org.souk.notify.internal.NotificationRepository;
import org.souk.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each user's in-app notifications: the same news as the e-mails, in the menu's bell. */
@Service
public class Notifications {

    private final NotificationRepository notifications;

    Notifications(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Transactional
    public void add(long userId, String title, String link) {
        notifications.save(new NotificationEntity(userId, title, link));
    }

    @Transactional(readOnly = true)
    public PageResponse<Notification> of(long userId, int page, int size) {
        return PageResponse.read(page, size, 100, request -> notifications.findByUserIdOrderByIdDesc(userId, request),
                n -> new Notification(n.getId(), n.getTitle(), n.getLink(), n.getCreatedAt(), n.getReadAt()));
    }

    @Transactional(readOnly = true)
    public long unread(long userId) {
        return notifications.countByUserIdAndReadAtIsNull(userId);
    }

    @Transactional
    public void readAll(long userId) {
        notifications.findByUserIdAndReadAtIsNull(userId).forEach(NotificationEntity::read);
    }
}
