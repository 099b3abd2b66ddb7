package org.souk.market.internal;

import org.souk.market.MarketplacePolicies;
import org.souk.market.Regions;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.souk.web.FlashResults;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's pages of regions and of the Marketplace Policy. */
@Controller
class MarketAdminController {

    private final Regions regions;
    private final MarketplacePolicies policies;
    private final Messages messages;
    private final FlashResults flash;

    MarketAdminController(Regions regions, MarketplacePolicies policies, Messages messages, FlashResults flash) {
        this.regions = regions;
        this.policies = policies;
        this.messages = messages;
        this.flash = flash;
    }

    @GetMapping("/admin/regions")
    String regions(Model model) {
        model.addAttribute("regions", regions.all());
        model.addAttribute("languages", regions.languages());
        model.addAttribute("pricingPolicies", Regions.PRICING_POLICIES);
        return "market/regions";
    }

    @PostMapping("/admin/regions")
    String addRegion(@RequestParam String code, @RequestParam String name, @RequestParam String mandatoryLanguage,
            Model model, RedirectAttributes redirect) {
        try {
            regions.add(code, name, mandatoryLanguage);
        } catch (InvalidInput e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("code", code);
            model.addAttribute("name", name);
            model.addAttribute("mandatoryLanguage", mandatoryLanguage);
            return regions(model);
        }
        redirect.addFlashAttribute("notice", messages.get("regions.added", code));
        return "redirect:/admin/regions";
    }

    /** S-05: the pricing policies a region offers. */
    @PostMapping("/admin/regions/{code}/pricing-policies")
    String offerPricing(@PathVariable String code,
            @RequestParam(name = "pricingPolicy", required = false) java.util.List<String> policies,
            RedirectAttributes redirect) {
        flash.attempt(redirect, messages.get("regions.pricing.saved", code),
                () -> regions.offerPricing(code, policies == null ? java.util.List.of() : policies));
        return "redirect:/admin/regions";
    }

    @GetMapping("/admin/policy")
    String policy(Model model) {
        model.addAttribute("current", policies.current());
        model.addAttribute("versions", policies.versions());
        return "market/policy";
    }

    @PostMapping("/admin/policy")
    String publish(@RequestParam String title, @RequestParam String body, Model model, RedirectAttributes redirect) {
        try {
            var published = policies.publish(title, body);
            redirect.addFlashAttribute("notice", messages.get("policy.published", published.version()));
            return "redirect:/admin/policy";
        } catch (InvalidInput e) {
            model.addAttribute("violations", e.violations());
            model.addAttribute("draftTitle", title);
            model.addAttribute("draftBody", body);
            return policy(model);
        }
    }
}
