package org.souk.market;

public record Language(String code, String name) {
}
