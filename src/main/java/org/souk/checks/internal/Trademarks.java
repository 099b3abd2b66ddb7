package org.souk.checks.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import org.souk.audit.AuditLog;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.souk.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * C-19 "no third-party trademarks": the administrator keeps pictures of known trademarks; each is kept as the
 * difference hash of {@link ImageAnalyzer} (a 9x8 grey thumbnail, one bit per neighbour pair), so an icon that is
 * the same picture re-saved, resized or slightly recoloured is found, and the picture itself is not stored.
 */
@Service
public class Trademarks {

    /** A known trademark: its name and its difference hash (16 hex digits). */
    public record Trademark(long id, String name, String dHash, String addedBy, Instant addedAt) {
    }

    /** The largest picture read (the hash needs little; a bound keeps a huge upload from the heap). */
    private static final long MAX_PIXELS = 16L * 1024 * 1024;

    private final TrademarkRepository trademarks;
    private final AuditLog audit;
    private final Messages messages;

    Trademarks(TrademarkRepository trademarks, AuditLog audit, Messages messages) {
        this.trademarks = trademarks;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<Trademark> all() {
        return trademarks.findAllByOrderByNameAsc().stream().map(TrademarkEntity::toTrademark).toList();
    }

    /** The hashes the icon check compares with (a small table, read at each run). */
    @Transactional(readOnly = true)
    public List<TrademarkEntity> hashes() {
        return trademarks.findAll();
    }

    /** Adds a trademark from its picture (PNG, JPEG or GIF); the name and a readable picture are required. */
    @Transactional
    public Trademark add(String name, InputStream picture, String addedBy) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInput(messages.violation("name", "C-19", "error.trademark.name"));
        }
        BufferedImage image;
        try {
            image = picture == null ? null : ImageIO.read(picture);
        } catch (IOException e) {
            image = null;
        }
        if (image == null || (long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            throw new InvalidInput(messages.violation("picture", "C-19", "error.trademark.picture"));
        }
        long hash = ImageAnalyzer.analyze(image).dHash();
        TrademarkEntity saved = trademarks.save(new TrademarkEntity(trimmed, hash, addedBy));
        audit.record("check.trademark-added", "trademark", saved.getId(), trimmed);
        return saved.toTrademark();
    }

    @Transactional
    public void remove(long id) {
        TrademarkEntity trademark = trademarks.findById(id)
                .orElseThrow(() -> new NotFound(messages.get("error.trademark.unknown", id)));
        trademarks.delete(trademark);
        audit.record("check.trademark-removed", "trademark", id, trademark.getName());
    }
}
