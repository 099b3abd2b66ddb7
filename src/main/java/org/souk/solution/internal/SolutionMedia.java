package org.souk.solution.internal;

import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.souk.identity.SoukUser;
import org.souk.solution.Card;
import org.souk.solution.Draft;
import org.souk.solution.Revisions;
import org.souk.storage.BlobStore;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The media of a solution for its partner: only keys that its draft or its revisions use are served. */
@Service
public class SolutionMedia {

    private final SolutionAccess access;
    private final Drafts drafts;
    private final VersionRepository versions;
    private final Revisions revisions;
    private final BlobStore blobs;
    private final Messages messages;

    SolutionMedia(SolutionAccess access, Drafts drafts, VersionRepository versions, Revisions revisions,
            BlobStore blobs, Messages messages) {
        this.access = access;
        this.drafts = drafts;
        this.versions = versions;
        this.revisions = revisions;
        this.blobs = blobs;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public InputStream open(SoukUser user, String code, String key) {
        SolutionEntity solution = access.owned(user, code);
        Set<String> keys = new HashSet<>();
        add(keys, drafts.card(solution));
        versions.findBySolutionIdOrderByNumberDesc(solution.getId()).forEach(v -> keys.add(v.toCard().archiveKey()));
        revisions.all(solution.getCode()).forEach(r -> add(keys, r.draft()));
        if (!BlobStore.isKey(key) || !keys.contains(key)) {
            throw new NotFound(messages.get("error.media.unknown"));
        }
        return blobs.open(key).orElseThrow(() -> new NotFound(messages.get("error.media.unknown")));
    }

    private static void add(Set<String> keys, Draft draft) {
        add(keys, draft.card());
        keys.add(draft.version().archiveKey());
    }

    private static void add(Set<String> keys, Card card) {
        keys.add(card.iconKey());
        keys.add(card.iconThumbKey());
        card.screenshots().forEach(s -> {
            keys.add(s.key());
            keys.add(s.thumbKey());
        });
    }
}
