package org.souk.partner.internal;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Supplier;

import org.souk.identity.SoukUser;
import org.souk.partner.MemberRole;
import org.souk.partner.PartnerLogos;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.partner.SalesTerms;
import org.souk.web.Conflict;
import org.souk.web.FlashResults;
import org.souk.web.Forms;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotAllowed;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partner area: dashboard, profile, users, legal entity, sales settings. */
@Controller
@RequestMapping("/partner")
class PartnerAreaController {

    private final Partners partners;
    private final PartnerTeam team;
    private final LegalEntities legalEntities;
    private final SalesSettings sales;
    private final PartnerLogos logos;
    private final Messages messages;

    PartnerAreaController(Partners partners, PartnerTeam team, LegalEntities legalEntities, SalesSettings sales,
            PartnerLogos logos, Messages messages) {
        this.partners = partners;
        this.logos = logos;
        this.team = team;
        this.legalEntities = legalEntities;
        this.sales = sales;
        this.messages = messages;
    }

    @InitBinder
    void binder(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }


    @GetMapping
    String dashboard(@AuthenticationPrincipal SoukUser user, Model model) {
        PartnerView partner = partners.mine(user);
        model.addAttribute("legalEntity", legalEntities.active(partner.id()).orElse(null));
        model.addAttribute("regions", sales.overview(partner.id()));
        return "partner/dashboard";
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal SoukUser user, Model model) {
        model.addAttribute("form", PartnerAreaForms.Profile.of(partners.mine(user)));
        return "partner/profile";
    }

    @PostMapping("/profile")
    String saveProfile(@AuthenticationPrincipal SoukUser user, @ModelAttribute("form") PartnerAreaForms.Profile form,
            BindingResult binding, RedirectAttributes redirect) {
        return attempt(binding, "partner/profile", redirect, "profile.saved", "redirect:/partner/profile",
                () -> partners.update(user, form.toUpdate()));
    }

    /** The logo is uploaded on its own; a refusal shows under its field, named as labelled ("Logo …"). */
    @PostMapping("/profile/logo")
    String logo(@AuthenticationPrincipal SoukUser user, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return FlashResults.upload(redirect, "redirect:/partner/profile#logo", "logoError",
                messages.get("profile.logo.saved"), messages.get("field.logo") + " " + messages.get("error.image.broken"),
                file, content -> logos.upload(user, content));
    }

    @PostMapping("/profile/logo/removal")
    String removeLogo(@AuthenticationPrincipal SoukUser user, RedirectAttributes redirect) {
        try {
            logos.remove(user);
            redirect.addFlashAttribute("notice", messages.get("profile.logo.removed"));
        } catch (NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/partner/profile#logo";
    }

    @GetMapping("/users")
    String users(@AuthenticationPrincipal SoukUser user, @ModelAttribute("form") PartnerAreaForms.Invite form,
            Model model) {
        model.addAttribute("members", team.members(partners.mine(user).id()));
        model.addAttribute("me", user.id());
        return "partner/users";
    }

    @PostMapping("/users")
    String invite(@AuthenticationPrincipal SoukUser user, @ModelAttribute("form") PartnerAreaForms.Invite form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        model.addAttribute("members", team.members(partners.mine(user).id()));
        model.addAttribute("me", user.id());
        return attempt(binding, "partner/users", redirect, "team.invited", "redirect:/partner/users",
                () -> team.invite(user, form.toInvitation()));
    }

    @PostMapping("/users/{userId}/role")
    String changeRole(@AuthenticationPrincipal SoukUser user, @PathVariable long userId,
            @RequestParam(required = false) MemberRole role, RedirectAttributes redirect) {
        try {
            PartnerTeam.Member member = team.changeRole(user, userId, role);
            redirect.addFlashAttribute("notice", messages.get("team.roleChanged", member.email(),
                    messages.get("memberRole." + member.role().name())));
        } catch (Conflict | NotAllowed | InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/partner/users";
    }

    @PostMapping("/users/{userId}/remove")
    String remove(@AuthenticationPrincipal SoukUser user, @PathVariable long userId, RedirectAttributes redirect) {
        try {
            team.remove(user, userId);
            redirect.addFlashAttribute("notice", messages.get("team.removed"));
        } catch (Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/partner/users";
    }

    @GetMapping("/legal-entity")
    String legalEntity(@AuthenticationPrincipal SoukUser user, Model model) {
        long partnerId = partners.mine(user).id();
        model.addAttribute("form", legalEntities.active(partnerId).map(s -> PartnerAreaForms.Entity.of(s.entity()))
                .orElseGet(PartnerAreaForms.Entity::new));
        return showLegalEntity(partnerId, model);
    }

    @PostMapping("/legal-entity")
    String saveLegalEntity(@AuthenticationPrincipal SoukUser user,
            @ModelAttribute("form") PartnerAreaForms.Entity form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        showLegalEntity(partners.mine(user).id(), model);
        return attempt(binding, "partner/legal-entity", redirect, "legalEntity.saved",
                "redirect:/partner/legal-entity", () -> legalEntities.replace(user, form.toLegalEntity()));
    }

    private String showLegalEntity(long partnerId, Model model) {
        model.addAttribute("history", legalEntities.history(partnerId));
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        model.addAttribute("countries", LegalEntities.COUNTRIES.stream()
                .map(code -> new String[] { code, new Locale("", code).getDisplayCountry(locale) })
                .sorted(Comparator.comparing((String[] c) -> c[1])).toList());
        return "partner/legal-entity";
    }

    @GetMapping("/sales")
    String sales(@AuthenticationPrincipal SoukUser user, Model model) {
        PartnerView partner = partners.mine(user);
        model.addAttribute("regions", sales.overview(partner.id()));
        model.addAttribute("terms", SalesTerms.values());
        model.addAttribute("legalEntity", legalEntities.active(partner.id()).orElse(null));
        return "partner/sales";
    }

    @PostMapping("/sales/{region}/terms")
    String chooseTerms(@AuthenticationPrincipal SoukUser user, @PathVariable String region,
            @RequestParam(required = false) SalesTerms terms, RedirectAttributes redirect) {
        try {
            sales.chooseTerms(user, region, terms);
            redirect.addFlashAttribute("notice", messages.get("sales.termsSaved"));
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/partner/sales";
    }

    @GetMapping("/sales/{region}/agreement")
    String agreement(@AuthenticationPrincipal SoukUser user, @PathVariable String region, Model model,
            RedirectAttributes redirect) {
        try {
            model.addAttribute("agreement", sales.agreement(partners.mine(user).id(), region));
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/partner/sales";
        }
        return "partner/agreement";
    }

    @PostMapping("/sales/{region}/agreement/{id}/accept")
    String accept(@AuthenticationPrincipal SoukUser user, @PathVariable String region, @PathVariable long id,
            RedirectAttributes redirect) {
        try {
            sales.accept(user, region, id);
            redirect.addFlashAttribute("notice", messages.get("sales.accepted"));
            return "redirect:/partner/sales";
        } catch (Conflict | NotAllowed e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/partner/sales/" + region + "/agreement";
        }
    }

    /** Runs a change; on bad input the same page comes back with the messages and what was typed. */
    private String attempt(BindingResult binding, String view, RedirectAttributes redirect, String notice,
            String success, Supplier<?> change) {
        if (binding.hasErrors()) { // a field that is not text (PlainText): nothing is changed
            return view;
        }
        try {
            change.get();
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return view;
        } catch (Conflict | NotAllowed e) {
            binding.reject("rule", e.getMessage());
            return view;
        }
        redirect.addFlashAttribute("notice", messages.get(notice));
        return success;
    }
}
