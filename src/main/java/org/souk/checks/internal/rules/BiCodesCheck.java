package org.souk.checks.internal.rules;

import org.souk.checks.internal.Findings;
import org.springframework.stereotype.Component;

/**
 * T-BI-1: the codes of virtual datasets, metrics and calculated fields start with {@code partnercode.}
 * (the partner code is what the solution's code has before its dot), so that two partners' reports
 * never collide in one account. This check also says when the manifest is missing or unreadable.
 */
@Component
class BiCodesCheck extends BiCheck {

    private static final int MAX_PROBLEMS = 5;

    BiCodesCheck(BiManifests manifests) {
        super("T-BI-1", manifests);
    }

    @Override
    void unreadable(BiManifests.Read read, Findings findings) {
        switch (read.what()) {
            case "unreadable" -> read.details().stream().limit(MAX_PROBLEMS)
                    .forEach(problem -> findings.add(FIELD, "unreadable", BiManifest.FILE + ": " + problem, problem));
            case "notAtRoot" -> findings.add(FIELD, "notAtRoot", String.join(", ", read.details()),
                    read.details().get(0));
            default -> findings.add(FIELD, read.what(), String.join(", ", read.details()));
        }
    }

    @Override
    void check(BiManifest manifest, String partner, Findings findings) {
        String prefix = partner + ".";
        for (BiManifest.Dataset dataset : manifest.datasets()) {
            if (dataset.virtual()) {
                code(findings, "dataset", dataset.path(), dataset.code(), prefix);
            }
            dataset.metrics().forEach(m -> code(findings, "metric", m.path(), m.code(), prefix));
            dataset.calculatedFields().forEach(f -> code(findings, "field", f.path(), f.code(), prefix));
        }
    }

    private static void code(Findings findings, String kind, String path, String code, String prefix) {
        if (code == null || code.isBlank()) {
            findings.add(FIELD, kind + "NoCode", at(path, null), prefix);
        } else if (!code.startsWith(prefix) || code.length() == prefix.length()) {
            findings.add(FIELD, kind + "Prefix", at(path, code), code, prefix);
        }
    }
}
