package org.souk.identity;

import java.util.Map;

/** Lets a module add what it knows of a user to {@code GET /api/v1/me} (the partner module adds the partner). */
public interface ProfileContributor {

    Map<String, Object> describe(SoukUser user);
}
