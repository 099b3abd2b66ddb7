package org.souk.demo;

import java.util.Map;

import org.souk.web.NotFound;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The demo partner's apps, served by Souk itself while the demo data is on: the pages a partner's server
 * would serve (the app, its installer, the event handler, license, privacy and contact), so that the
 * network checks find them and an install completes without anything else running. The app pages take the
 * POST of the frame (protocol.md) and talk to Souk through /js/bx24.js.
 */
@Controller
@ConditionalOnProperty(name = "souk.demo-data", havingValue = "true")
class DemoAppPages {

    static final String BASE = "/demo/apps/";

    /** The apps whose pages are here, by app code. */
    static final Map<String, DemoSolution.Look> APPS = Map.of(DemoSolution.APP_CODE, DemoSolution.SMS,
            DemoSolution.DRAFT_CODE, DemoSolution.FOLLOW_UPS);

    @RequestMapping(path = BASE + "{app}/", method = { RequestMethod.GET, RequestMethod.POST })
    String app(@PathVariable String app, Model model) {
        return page(app, "app", model);
    }

    @RequestMapping(path = BASE + "{app}/install", method = { RequestMethod.GET, RequestMethod.POST })
    String installer(@PathVariable String app, Model model) {
        return page(app, "install", model);
    }

    @RequestMapping(path = BASE + "{app}/{page:license|privacy|contact}", method = RequestMethod.GET)
    String document(@PathVariable String app, @PathVariable String page, Model model) {
        return page(app, page, model);
    }

    /** ONAPPINSTALL and the other events: a demo app keeps nothing, it only says it got them. */
    @PostMapping(BASE + "{app}/handler")
    @ResponseBody
    ResponseEntity<String> handler(@PathVariable String app) {
        look(app);
        return ResponseEntity.ok("ok");
    }

    /** V-09 asks the handler with HEAD, as every URL of the version. */
    @RequestMapping(path = BASE + "{app}/handler", method = RequestMethod.HEAD)
    ResponseEntity<Void> handlerHead(@PathVariable String app) {
        look(app);
        return ResponseEntity.ok().build();
    }

    private String page(String app, String page, Model model) {
        model.addAttribute("look", look(app));
        model.addAttribute("page", page);
        return "demo/app";
    }

    private static DemoSolution.Look look(String app) {
        DemoSolution.Look look = APPS.get(app);
        if (look == null) {
            throw new NotFound(app);
        }
        return look;
    }
}
