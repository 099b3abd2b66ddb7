package org.souk.partner;

import java.io.InputStream;
import java.util.Locale;

import org.souk.audit.AuditLog;
import org.souk.identity.SoukUser;
import org.souk.partner.internal.PartnerEntity;
import org.souk.partner.internal.PartnerRepository;
import org.souk.storage.BlobStore;
import org.souk.storage.ImageAnswers;
import org.souk.storage.ImageRefused;
import org.souk.storage.Images;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.souk.web.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A partner's logo, uploaded by its owners on the profile page or through the API: read safely by
 * {@link Images} (JPEG or PNG by content, at most 5 MB, absurd sizes refused before decoding, damaged files
 * refused), at least {@value #MIN_SIDE} pixels a side, any proportions (shown whole in a square). Kept as uploaded
 * with two PNG thumbnails at twice their slots: the partner page's 96 px and the 40 px beside the partner's name on
 * solution pages. A partner without one shows the placeholder of its initials (catalog). A refusal names the field
 * as the profile page labels it ("Logo is damaged …").
 */
@Service
public class PartnerLogos {

    static final int MIN_SIDE = 96;
    /** Twice the partner page's 96 px slot. */
    private static final int THUMB = 192;
    /** Twice the 40 px slot beside the partner's name on a solution page. */
    private static final int SMALL = 80;

    private final Partners partners;
    private final PartnerRepository repository;
    private final Images images;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Messages messages;

    PartnerLogos(Partners partners, PartnerRepository repository, Images images, BlobStore blobs, AuditLog audit,
            ApplicationEventPublisher events, Messages messages) {
        this.partners = partners;
        this.repository = repository;
        this.images = images;
        this.blobs = blobs;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
    }

    /** The public address of a thumbnail of the partner's logo; null without one. */
    public static String path(String code, String key) {
        return key == null ? null : "/partners/" + code + "/logo/" + key;
    }

    /** Owners only (P-06); the image is checked before anything changes. */
    @Transactional
    public PartnerView upload(SoukUser user, InputStream content) {
        PartnerView mine = partners.mineAsOwner(user);
        Images.Decoded image;
        try {
            image = images.decode(content);
        } catch (ImageRefused e) {
            throw invalid(e.code(), e.arguments());
        }
        if (image.width() < MIN_SIDE || image.height() < MIN_SIDE) {
            throw invalid("error.logo.size", image.width(), image.height(), MIN_SIDE);
        }
        PartnerEntity partner = repository.findById(mine.id()).orElseThrow();
        partner.logo(images.keep(image), images.thumbnail(image, THUMB, THUMB), images.thumbnail(image, SMALL, SMALL));
        audit.record("partner.logo-set", "partner", partner.getId(), partner.getLogoKey());
        events.publishEvent(new PartnerProfileChanged(partner.getId(), partner.getCode()));
        return partner.toView();
    }

    /** Back to the placeholder. */
    @Transactional
    public PartnerView remove(SoukUser user) {
        PartnerEntity partner = repository.findById(partners.mineAsOwner(user).id()).orElseThrow();
        if (partner.getLogoKey() != null) {
            partner.logo(null, null, null);
            audit.record("partner.logo-removed", "partner", partner.getId(), null);
            events.publishEvent(new PartnerProfileChanged(partner.getId(), partner.getCode()));
        }
        return partner.toView();
    }

    /** Whether the key is a thumbnail of the partner's current logo. */
    @Transactional(readOnly = true)
    boolean shows(String code, String key) {
        return BlobStore.isKey(key) && repository.findByCode(code.toLowerCase(Locale.ROOT))
                .filter(p -> p.showsLogo(key)).isPresent();
    }

    /** "Logo is larger than 5 MB.": the field as the profile page labels it, then what is wrong. */
    private InvalidInput invalid(String code, Object... args) {
        return new InvalidInput(new Violation("logo", null, messages.get("field.logo") + " " + messages.get(code, args)));
    }

    /**
     * The thumbnails, for anyone: the address names the bytes (SHA-256), so an answer never changes and is cached for
     * a year; the key is its ETag. A logo replaced or removed is no longer served.
     */
    @Controller
    static class Files {

        private final PartnerLogos logos;
        private final BlobStore blobs;
        private final Messages messages;

        Files(PartnerLogos logos, BlobStore blobs, Messages messages) {
            this.logos = logos;
            this.blobs = blobs;
            this.messages = messages;
        }

        @GetMapping("/partners/{code}/logo/{key}")
        ResponseEntity<InputStreamResource> thumbnail(@PathVariable String code, @PathVariable String key,
                @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
            if (!logos.shows(code, key)) {
                throw new NotFound(messages.get("error.media.unknown"));
            }
            return ImageAnswers.of(blobs, key, ifNoneMatch)
                    .orElseThrow(() -> new NotFound(messages.get("error.media.unknown")));
        }
    }
}
