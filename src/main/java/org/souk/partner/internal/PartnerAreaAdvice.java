package org.souk.partner.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.souk.identity.SoukUser;
import org.souk.partner.MemberRole;
import org.souk.partner.Partners;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page of the partner area (/partner/**, whichever module serves it) shows the partner's header
 * (partner/nav.html): it gets the partner and whether the user is one of its owners.
 */
@ControllerAdvice(annotations = Controller.class)
class PartnerAreaAdvice {

    private final Partners partners;

    PartnerAreaAdvice(Partners partners) {
        this.partners = partners;
    }

    @ModelAttribute
    void partnerArea(@AuthenticationPrincipal SoukUser user, HttpServletRequest request, Model model) {
        if (user == null || !request.getRequestURI().startsWith(request.getContextPath() + "/partner")) {
            return;
        }
        partners.ofUser(user.id()).ifPresent(partner -> {
            model.addAttribute("partner", partner);
            model.addAttribute("owner", partners.roleOf(user.id()).orElse(null) == MemberRole.OWNER);
        });
    }
}
