package org.souk.audit;

import java.time.Instant;
import java.util.List;

import org.souk.audit.internal.AuditEventEntity;
import org.souk.audit.internal.AuditEventRepository;
import org.souk.web.ClientAddress;
import org.souk.web.PageResponse;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every state change of the market: who (the signed-in user, else "anonymous" or "system"), when,
 * from which address, what. Written in the caller's transaction so a rolled-back change leaves no entry.
 */
@Service
public class AuditLog {

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, Object subjectId, String detail) {
        events.save(new AuditEventEntity(Instant.now(), actor(), ClientAddress.current(), action, subjectType,
                String.valueOf(subjectId), detail == null ? null : abbreviate(detail)));
    }

    /** The newest first, at most {@code limit} entries. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String subjectType, Object subjectId, int limit) {
        return events.findBySubjectTypeAndSubjectIdOrderByIdDesc(subjectType, String.valueOf(subjectId),
                PageRequest.ofSize(limit)).stream().map(AuditEventEntity::toEntry).toList();
    }

    /**
     * The whole log for the administrator, the newest first, a page at a time (the table grows with every change:
     * read by its primary key, never whole); {@code size} at most 100, a page past the end reads the last one.
     */
    @Transactional(readOnly = true)
    public PageResponse<AuditEntry> page(int page, int size) {
        return PageResponse.read(page, size, 100, request -> events.findAll(request.withSort(Sort.by(
                Sort.Direction.DESC, "id"))), AuditEventEntity::toEntry);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() == null
                    ? "system" : "anonymous";
        }
        return authentication.getName();
    }

    private static String abbreviate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }
}
