package org.souk.market;

/** A publication region: its own catalog, its own moderators' queue, a mandatory card language (C-11). */
public record Region(String code, String name, String mandatoryLanguage) {
}
