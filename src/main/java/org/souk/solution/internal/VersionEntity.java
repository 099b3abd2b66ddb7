package org.souk.solution.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.souk.solution.VersionCard;

@Entity
@Table(name = "solution_version")
public class VersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long solutionId;
    private int number;
    private boolean ownPage;
    private boolean leftMenu;
    private boolean mobile;
    private boolean installableWithoutAdmin;
    private String appUrl;
    private String archiveKey;
    private String archiveName;
    private Long archiveSize;
    private String installerUrl;
    private String handlerUrl;
    private boolean moderated;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "solution_version_scope", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "scope")
    private Set<String> scopes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "solution_version_placement", joinColumns = @JoinColumn(name = "version_id"))
    @Column(name = "placement")
    private Set<String> placements = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "solution_version_news", joinColumns = @JoinColumn(name = "version_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "whats_new")
    private Map<String, String> whatsNew = new LinkedHashMap<>();

    protected VersionEntity() {
    }

    /** Version 1, empty. */
    public Long getSolutionId() {
        return solutionId;
    }

    public VersionEntity(long solutionId) {
        this.solutionId = solutionId;
        this.number = 1;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** "Add new version" starts from the last one: everything but "What's new" and the moderation mark. */
    public VersionEntity next() {
        VersionEntity next = new VersionEntity(solutionId);
        next.number = number + 1;
        next.apply(toCard());
        next.whatsNew.clear();
        next.archiveKey = archiveKey;
        next.archiveName = archiveName;
        next.archiveSize = archiveSize;
        return next;
    }

    public void apply(VersionCard card) {
        ownPage = card.ownPage();
        leftMenu = card.leftMenu();
        mobile = card.mobile();
        installableWithoutAdmin = card.installableWithoutAdmin();
        appUrl = card.appUrl();
        installerUrl = card.installerUrl();
        handlerUrl = card.handlerUrl();
        scopes.clear();
        scopes.addAll(card.scopes());
        placements.clear();
        placements.addAll(card.placements());
        whatsNew.clear();
        whatsNew.putAll(card.whatsNew());
        updatedAt = Instant.now();
    }

    public void setArchive(String key, String name, long size) {
        archiveKey = key;
        archiveName = name;
        archiveSize = size;
        updatedAt = Instant.now();
    }

    public void markModerated() {
        moderated = true;
    }

    public boolean isModerated() {
        return moderated;
    }

    public int getNumber() {
        return number;
    }

    public VersionCard toCard() {
        Map<String, String> news = new LinkedHashMap<>();
        whatsNew.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> news.put(e.getKey(), e.getValue()));
        return new VersionCard(number, scopes.stream().sorted().toList(), ownPage, leftMenu, mobile,
                placements.stream().sorted().toList(), installableWithoutAdmin, appUrl, archiveKey, archiveName,
                archiveSize, installerUrl, handlerUrl, news, moderated);
    }
}
