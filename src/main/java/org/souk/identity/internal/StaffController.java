package org.souk.identity.internal;

import java.util.List;

import org.souk.identity.Role;
import org.souk.identity.SoukUser;
import org.souk.identity.UserAccount;
import org.souk.web.Conflict;
import org.souk.web.Forms;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.PageResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page of staff users. */
@Controller
class StaffController {

    private final Staff staff;
    private final Messages messages;

    StaffController(Staff staff, Messages messages) {
        this.staff = staff;
        this.messages = messages;
    }

    public static class StaffForm {
        private String email;
        private String firstName;
        private String lastName;
        private Role role = Role.MODERATOR;

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getFirstName() {
            return firstName;
        }

        public void setFirstName(String firstName) {
            this.firstName = firstName;
        }

        public String getLastName() {
            return lastName;
        }

        public void setLastName(String lastName) {
            this.lastName = lastName;
        }

        public Role getRole() {
            return role;
        }

        public void setRole(Role role) {
            this.role = role;
        }
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
            @ModelAttribute("form") StaffForm form, Model model) {
        return show(page, PageResponse.htmlSize(size), model);
    }

    @PostMapping("/admin/users")
    String create(@ModelAttribute("form") StaffForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) { // a field that is not text (PlainText)
            return show(0, 20, model);
        }
        try {
            UserAccount created = staff.invite(new Staff.NewStaff(form.getEmail(), form.getFirstName(),
                    form.getLastName(), form.getRole()));
            redirect.addFlashAttribute("notice", messages.get("staff.invitationSent", created.email()));
            return "redirect:/admin/users";
        } catch (InvalidInput e) {
            Forms.reject(binding, e);
            return show(0, 20, model);
        }
    }

    @PostMapping("/admin/users/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam(required = false) Role role, RedirectAttributes redirect) {
        return act(redirect, () -> {
            UserAccount user = staff.changeRole(id, role);
            return messages.get("staff.roleChanged", user.email(), messages.get("role." + role.name()));
        });
    }

    @PostMapping("/admin/users/{id}/deactivate")
    String deactivate(@AuthenticationPrincipal SoukUser actor, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, () -> messages.get("staff.deactivated", staff.deactivate(actor, id).email()));
    }

    private String act(RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (InvalidInput | Conflict | NotFound e) {
            redirect.addFlashAttribute("error", e instanceof InvalidInput invalid
                    ? invalid.violations().get(0).message() : e.getMessage());
        }
        return "redirect:/admin/users";
    }

    private String show(int page, int size, Model model) {
        model.addAttribute("staff", staff.page(page, size));
        model.addAttribute("roles", List.copyOf(Staff.ROLES));
        return "identity/staff";
    }
}
