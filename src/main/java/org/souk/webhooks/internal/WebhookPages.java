package org.souk.webhooks.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.souk.identity.SoukUser;
import org.souk.web.FlashResults;
import org.souk.web.Forms;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.webhooks.NewWebhook;
import org.souk.webhooks.WebhookEndpoint;
import org.souk.webhooks.Webhooks;
import org.souk.web.PageResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner area's webhooks: the endpoints with a form to add one (the secret is shown once, on the page the
 * creation leads to), and each endpoint's page with its settings, secret rotation, removal after a confirmation,
 * and every delivery with its attempts and a button to send it again.
 */
@Controller
class WebhookPages {

    private final Webhooks webhooks;
    private final Messages messages;
    private final FlashResults flash;

    WebhookPages(Webhooks webhooks, Messages messages, FlashResults flash) {
        this.webhooks = webhooks;
        this.messages = messages;
        this.flash = flash;
    }

    /** What the form holds: kept as typed when it is refused. */
    record Form(String url, List<String> events, String description) {

        static Form of(WebhookEndpoint endpoint) {
            return new Form(endpoint.url(), endpoint.events(), endpoint.description());
        }
    }

    @GetMapping("/partner/webhooks")
    String list(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, Model model) {
        return showList(user, new Form("", List.of(), ""), page, PageResponse.htmlSize(size), model);
    }

    @PostMapping("/partner/webhooks")
    String register(@AuthenticationPrincipal SoukUser user, @RequestParam(required = false) String url,
            @RequestParam(required = false) List<String> events, @RequestParam(required = false) String description,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Form form = new Form(url, events == null ? List.of() : events, description);
        try {
            WebhookEndpoint created = webhooks.register(user, new NewWebhook(url, form.events(), description, null));
            redirect.addFlashAttribute("secret", created.secret());
            redirect.addFlashAttribute("notice", messages.get("webhooks.created"));
            return "redirect:/partner/webhooks/" + created.id();
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("fieldErrors", Forms.byField(e.violations()));
            return showList(user, form, 0, 50, model);
        }
    }

    @GetMapping("/partner/webhooks/{id}")
    String endpoint(@AuthenticationPrincipal SoukUser user, @PathVariable long id,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Model model) {
        WebhookEndpoint endpoint = webhooks.get(user, id);
        return showEndpoint(user, endpoint, Form.of(endpoint), page, PageResponse.htmlSize(size), model);
    }

    @PostMapping("/partner/webhooks/{id}")
    String change(@AuthenticationPrincipal SoukUser user, @PathVariable long id,
            @RequestParam(required = false) String url, @RequestParam(required = false) List<String> events,
            @RequestParam(required = false) String description, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Form form = new Form(url, events == null ? List.of() : events, description == null ? "" : description);
        try {
            webhooks.change(user, id, new NewWebhook(url == null ? "" : url, form.events(), form.description(), null));
            redirect.addFlashAttribute("notice", messages.get("webhooks.saved"));
            return "redirect:/partner/webhooks/" + id;
        } catch (InvalidInput e) {
            response.setStatus(422);
            model.addAttribute("fieldErrors", Forms.byField(e.violations()));
            return showEndpoint(user, webhooks.get(user, id), form, 0, 20, model);
        }
    }

    @PostMapping("/partner/webhooks/{id}/enabled")
    String enable(@AuthenticationPrincipal SoukUser user, @PathVariable long id, @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        flash.attempt(redirect, messages.get(enabled ? "webhooks.enabled" : "webhooks.disabled"),
                () -> webhooks.change(user, id, new NewWebhook(null, null, null, enabled)));
        return "redirect:/partner/webhooks/" + id;
    }

    @PostMapping("/partner/webhooks/{id}/secret")
    String rotate(@AuthenticationPrincipal SoukUser user, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("secret", webhooks.rotateSecret(user, id).secret());
        redirect.addFlashAttribute("notice", messages.get("webhooks.rotated"));
        return "redirect:/partner/webhooks/" + id;
    }

    @PostMapping("/partner/webhooks/{id}/deletion")
    String delete(@AuthenticationPrincipal SoukUser user, @PathVariable long id, RedirectAttributes redirect) {
        webhooks.delete(user, id);
        redirect.addFlashAttribute("notice", messages.get("webhooks.deleted"));
        return "redirect:/partner/webhooks";
    }

    @PostMapping("/partner/webhooks/{id}/deliveries/{deliveryId}/redelivery")
    String redeliver(@AuthenticationPrincipal SoukUser user, @PathVariable long id, @PathVariable long deliveryId,
            RedirectAttributes redirect) {
        flash.attempt(redirect, messages.get("webhooks.redelivered"),
                () -> webhooks.redeliver(user, id, deliveryId));
        return "redirect:/partner/webhooks/" + id;
    }

    private String showList(SoukUser user, Form form, int page, int size, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("eventTypes", webhooks.eventTypes());
        model.addAttribute("endpoints", webhooks.list(user, page, size));
        return "webhooks/list";
    }

    private String showEndpoint(SoukUser user, WebhookEndpoint endpoint, Form form, int page, int size,
            Model model) {
        model.addAttribute("endpoint", endpoint);
        model.addAttribute("form", form);
        model.addAttribute("eventTypes", webhooks.eventTypes());
        model.addAttribute("deliveries", webhooks.deliveries(user, endpoint.id(), page, size));
        return "webhooks/endpoint";
    }
}
