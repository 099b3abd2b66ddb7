package org.souk.solution.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.souk.solution.SolutionStatus;
import org.souk.solution.TechnologyType;

@Entity
@Table(name = "solution")
public class SolutionEntity {

    @Embeddable
    public record RegionMembership(String regionCode, Instant addedAt) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long partnerId;
    private String code;
    private String moduleCode;
    @Enumerated(EnumType.STRING)
    private TechnologyType technologyType;
    private String clientId;
    private String secretHash;
    private Instant secretRotatedAt;
    private boolean submitted;
    private boolean returned;
    private Long publishedRevisionId;
    private boolean draftChanged;
    private boolean availableInCatalog = true;
    private boolean removed;
    private String removedReason;
    private Instant removedAt;
    private Instant firstPublishedAt;
    private Instant publishedAt;
    private String publishedLabels = "";
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "solution_region", joinColumns = @JoinColumn(name = "solution_id"))
    @OrderBy("addedAt")
    private List<RegionMembership> regions = new ArrayList<>();

    protected SolutionEntity() {
    }

    public SolutionEntity(long partnerId, String code, String moduleCode, TechnologyType type, String region,
            String clientId, String secretHash) {
        this.partnerId = partnerId;
        this.code = code;
        this.moduleCode = moduleCode;
        this.technologyType = type;
        this.clientId = clientId;
        this.secretHash = secretHash;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        this.secretRotatedAt = createdAt;
        this.regions.add(new RegionMembership(region, createdAt));
    }

    /** The status is derived from the state, so that it can never disagree with it. */
    public SolutionStatus status() {
        if (removed) {
            return SolutionStatus.REMOVED;
        }
        if (submitted) {
            return SolutionStatus.ON_MODERATION;
        }
        if (publishedRevisionId != null) {
            if (!availableInCatalog) {
                return SolutionStatus.HIDDEN;
            }
            return draftChanged ? SolutionStatus.PREPARE_FOR_PUBLISHING : SolutionStatus.PUBLISHED;
        }
        return returned ? SolutionStatus.RETURNED : SolutionStatus.DRAFT;
    }

    /** A change of the draft: after a publication it means "prepare for publishing" (S-07). */
    public void draftChanged() {
        updatedAt = Instant.now();
        if (publishedRevisionId != null) {
            draftChanged = true;
        }
    }

    public void rotateSecret(String hash) {
        secretHash = hash;
        secretRotatedAt = Instant.now();
    }

    public void addRegion(String region) {
        regions.add(new RegionMembership(region, Instant.now()));
    }

    public List<String> regionCodes() {
        return regions.stream().map(RegionMembership::regionCode).toList();
    }

    public void freeze() {
        submitted = true;
        returned = false;
    }

    public void release(boolean returnedByModerator) {
        submitted = false;
        returned = returnedByModerator;
    }

    public void publish(long revisionId, java.util.Collection<String> labels) {
        submitted = false;
        returned = false;
        publishedRevisionId = revisionId;
        draftChanged = false;
        publishedAt = Instant.now();
        if (firstPublishedAt == null) {
            firstPublishedAt = publishedAt;
        }
        publishedLabels = String.join(",", new java.util.TreeSet<>(labels));
    }

    /** M-06: a moderator takes a published solution out of the catalog; the partner still sees it. */
    public void remove(String reason) {
        removed = true;
        removedReason = reason;
        removedAt = Instant.now();
    }

    public void reinstate() {
        removed = false;
        removedReason = null;
        removedAt = null;
    }

    /** What customers may see: a published revision, in the catalog, not removed (U-02, M-06). */
    public boolean listed() {
        return publishedRevisionId != null && availableInCatalog && !removed;
    }

    public boolean isRemoved() {
        return removed;
    }

    public String getRemovedReason() {
        return removedReason;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<String> publishedLabels() {
        return publishedLabels == null || publishedLabels.isEmpty() ? List.of() : List.of(publishedLabels.split(","));
    }

    public void setAvailableInCatalog(boolean available) {
        availableInCatalog = available;
    }

    public Long getId() {
        return id;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public String getCode() {
        return code;
    }

    public TechnologyType getTechnologyType() {
        return technologyType;
    }

    public String getClientId() {
        return clientId;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public Instant getSecretRotatedAt() {
        return secretRotatedAt;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public Long getPublishedRevisionId() {
        return publishedRevisionId;
    }

    public boolean isAvailableInCatalog() {
        return availableInCatalog;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
