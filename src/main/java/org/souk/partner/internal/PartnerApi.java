package org.souk.partner.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.identity.SessionLogin;
import org.souk.identity.SoukUser;
import org.souk.partner.MemberRole;
import org.souk.partner.PartnerLogos;
import org.souk.partner.PartnerView;
import org.souk.partner.Partners;
import org.souk.partner.Registration;
import org.souk.partner.SalesTerms;
import org.souk.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The partner program through the API: registration and the signed-in partner's own account. */
@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Partners", description = "Registration (P-01..P-04) and the partner account (P-06..P-08)")
class PartnerApi {

    private final Partners partners;
    private final PartnerTeam team;
    private final LegalEntities legalEntities;
    private final SalesSettings sales;
    private final SessionLogin sessionLogin;
    private final PartnerLogos logos;

    PartnerApi(Partners partners, PartnerTeam team, LegalEntities legalEntities, SalesSettings sales,
            SessionLogin sessionLogin, PartnerLogos logos) {
        this.partners = partners;
        this.logos = logos;
        this.team = team;
        this.legalEntities = legalEntities;
        this.sales = sales;
        this.sessionLogin = sessionLogin;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a partner (public)", description = "Every field of P-01 plus the first user's "
            + "password; 'consent' must be true. Answers 201 with the partner in status 'pending' and signs the "
            + "user in (P-04); 422 lists every broken rule. For further calls create a token: POST /api/v1/tokens.")
    PartnerView register(@RequestBody Registration registration, HttpServletRequest request,
            HttpServletResponse response) {
        Partners.Registered registered = partners.register(registration);
        sessionLogin.signIn(registered.owner().id(), request, response);
        return registered.partner();
    }

    @GetMapping("/code-availability")
    @Operation(summary = "Whether a partner code can be taken (public)", description = "P-03: lower-case latin "
            + "letters, digits and underscores, starting with a letter, 2-32 characters, not reserved, not taken.")
    Partners.CodeCheck codeAvailability(@RequestParam String code) {
        return partners.checkCode(code);
    }

    @GetMapping("/me")
    @Operation(summary = "Your partner account")
    PartnerView me(@AuthenticationPrincipal SoukUser user) {
        return partners.mine(user);
    }

    @PatchMapping("/me")
    @Operation(summary = "Change the partner account (owners)", description = "Fields left out stay as they are. "
            + "'partnerCode' can change only while the partner has no solution (P-03): else 409.")
    PartnerView update(@AuthenticationPrincipal SoukUser user, @RequestBody Partners.ProfileUpdate update) {
        return partners.update(user, update);
    }

    @PutMapping(path = "/me/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the logo (owners)", description = "multipart 'file': JPEG or PNG, at most 5 MB, at "
            + "least 96x96 pixels, any proportions. Shown on the partner page and beside the partner's name on its "
            + "solutions' pages (logoUrl, smallLogoUrl: thumbnails at twice their slots). 422 names the field 'logo'.")
    PartnerView logo(@AuthenticationPrincipal SoukUser user, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return logos.upload(user, content);
        }
    }

    @DeleteMapping("/me/logo")
    @Operation(summary = "Remove the logo (owners)", description = "The placeholder of the partner's initials shows "
            + "instead.")
    PartnerView removeLogo(@AuthenticationPrincipal SoukUser user) {
        return logos.remove(user);
    }

    @GetMapping("/me/users")
    @Operation(summary = "The users of your partner account (P-06; paginated: page, size, total)")
    PageResponse<PartnerTeam.Member> users(@AuthenticationPrincipal SoukUser user, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return PageResponse.of(team.members(partners.mine(user).id()), page, size);
    }

    @PostMapping("/me/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a user (owners, P-06)", description = "The invitee gets an e-mail with a "
            + "single-use link to set a password. role: OWNER or DEVELOPER.")
    PartnerTeam.Member invite(@AuthenticationPrincipal SoukUser user, @RequestBody PartnerTeam.Invitation invitation) {
        return team.invite(user, invitation);
    }

    record RoleChange(MemberRole role) {
    }

    @PutMapping("/me/users/{userId}/role")
    @Operation(summary = "Change a user's role (owners, P-06)", description = "role: OWNER or DEVELOPER. The last "
            + "owner cannot become a developer (409).")
    PartnerTeam.Member changeRole(@AuthenticationPrincipal SoukUser user, @PathVariable long userId,
            @RequestBody RoleChange change) {
        return team.changeRole(user, userId, change.role());
    }

    @DeleteMapping("/me/users/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a user (owners)", description = "The user can no longer sign in and every token "
            + "of theirs is revoked. The last owner cannot be removed (409).")
    void remove(@AuthenticationPrincipal SoukUser user, @PathVariable long userId) {
        team.remove(user, userId);
    }

    record LegalEntityHistory(LegalEntity.Stored active, List<LegalEntity.Stored> history) {
    }

    @GetMapping("/me/legal-entity")
    @Operation(summary = "The active legal entity and the replaced ones (P-07)")
    LegalEntityHistory legalEntity(@AuthenticationPrincipal SoukUser user) {
        long partnerId = partners.mine(user).id();
        return new LegalEntityHistory(legalEntities.active(partnerId).orElse(null), legalEntities.history(partnerId));
    }

    @PutMapping("/me/legal-entity")
    @Operation(summary = "Set the legal entity (owners, P-07)", description = "Replaces the active one, which "
            + "stays in the history. All fields required; country is an ISO 3166 alpha-2 code.")
    LegalEntity.Stored setLegalEntity(@AuthenticationPrincipal SoukUser user, @RequestBody LegalEntity entity) {
        return legalEntities.replace(user, entity);
    }

    @GetMapping("/me/regions")
    @Operation(summary = "Sales settings of every region: terms and whether the agreement is in force (P-08)")
    List<SalesSettings.RegionSettings> regions(@AuthenticationPrincipal SoukUser user) {
        return sales.overview(partners.mine(user).id());
    }

    record TermsChoice(SalesTerms terms) {
    }

    @PutMapping("/me/regions/{region}/sales-terms")
    @Operation(summary = "Choose the sales terms of a region (owners, P-08)", description = "FREE or "
            + "FREE_WITH_IN_APP_PURCHASES. A change asks for the agreement to be accepted again.")
    SalesSettings.RegionSettings chooseTerms(@AuthenticationPrincipal SoukUser user, @PathVariable String region,
            @RequestBody TermsChoice choice) {
        return sales.chooseTerms(user, region, choice.terms());
    }

    @GetMapping("/me/regions/{region}/agreements")
    @Operation(summary = "The agreement generated for you in a region (P-08)", description = "409 until the sales "
            + "terms are chosen and a legal entity is set.")
    List<SalesSettings.Agreement> agreements(@AuthenticationPrincipal SoukUser user, @PathVariable String region) {
        return List.of(sales.agreement(partners.mine(user).id(), region));
    }

    @PostMapping("/me/regions/{region}/agreements/{id}/acceptance")
    @Operation(summary = "Accept the agreement (owners of approved partners, P-05, P-08)", description = "Records "
            + "who, when, from where, which version, and a hash of the text accepted. 403 while the partner "
            + "status is pending; 409 when {id} is not the current version.")
    SalesSettings.Agreement accept(@AuthenticationPrincipal SoukUser user, @PathVariable String region,
            @PathVariable long id) {
        return sales.accept(user, region, id);
    }
}
