package org.souk.checks.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.souk.checks.CheckMode;
import org.souk.checks.CheckReport;
import org.souk.checks.SolutionChecks;
import org.souk.identity.SoukUser;
import org.souk.web.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Checks", description = "The automatic checks of the rules (M-02): findings with rule, field, evidence, hint")
class CheckApi {

    private final SolutionChecks checks;
    private final WordListStore words;
    private final Trademarks trademarks;

    CheckApi(SolutionChecks checks, WordListStore words, Trademarks trademarks) {
        this.trademarks = trademarks;
        this.checks = checks;
        this.words = words;
    }

    @PostMapping("/api/v1/solutions/{code}/checks")
    @Operation(summary = "Run every check on the draft now", description = "Answers the report: each finding with "
            + "its rule id, severity (BLOCKER, WARNING, INFO), field path, message in the request's language, "
            + "evidence and hint. A submission is refused while there are blockers (M-01, M-02).")
    CheckReport checkNow(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        return checks.checkNow(user, code);
    }

    @GetMapping("/api/v1/solutions/{code}/checks/latest")
    @Operation(summary = "The latest report of the draft")
    CheckReport latest(@AuthenticationPrincipal SoukUser user, @PathVariable String code) {
        return checks.latest(user, code).orElseThrow(() -> new NotFound("No check has run on " + code + " yet"));
    }

    @GetMapping("/api/v1/admin/checks")
    @Operation(summary = "Every rule with checks and how it runs (administrators)")
    List<SolutionChecks.RuleSetting> rules() {
        return checks.rules();
    }

    record Mode(CheckMode mode) {
    }

    @PutMapping("/api/v1/admin/checks/{rule}")
    @Operation(summary = "Switch a rule's checks: ENFORCED (blockers block), ADVISORY (they only warn), OFF")
    SolutionChecks.RuleSetting setMode(@PathVariable String rule, @RequestBody Mode mode) {
        return checks.setMode(rule, mode.mode());
    }

    @GetMapping("/api/v1/admin/check-words")
    @Operation(summary = "The editable word lists of the checks", description = "brand (C-16), placeholder (C-01), "
            + "promotion and offensive (C-25), trade-name with its correction (C-15); language '*' is every language.")
    List<WordListStore.Word> wordList() {
        return words.all();
    }

    record NewWord(String list, String language, String word, String correction) {
    }

    @PostMapping("/api/v1/admin/check-words")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a word to a list")
    WordListStore.Word addWord(@RequestBody NewWord word) {
        return words.add(word.list(), word.language(), word.word(), word.correction());
    }

    @GetMapping("/api/v1/admin/checks/trademarks")
    @Operation(summary = "The known trademarks an icon is compared with (C-19), each with its difference hash")
    List<Trademarks.Trademark> trademarks() {
        return trademarks.all();
    }

    @PostMapping(path = "/api/v1/admin/checks/trademarks", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a known trademark from its picture (C-19)", description = "Multipart: name, picture (PNG, "
            + "JPEG or GIF). Only the picture's 64-bit difference hash is kept; an icon within 8 bits of it is a "
            + "warning for the moderator.")
    Trademarks.Trademark addTrademark(@AuthenticationPrincipal SoukUser admin,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile picture)
            throws java.io.IOException {
        try (var in = picture == null || picture.isEmpty() ? null : picture.getInputStream()) {
            return trademarks.add(name, in, admin.email());
        }
    }

    @DeleteMapping("/api/v1/admin/checks/trademarks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a known trademark")
    void removeTrademark(@PathVariable long id) {
        trademarks.remove(id);
    }

    @DeleteMapping("/api/v1/admin/check-words/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a word from its list")
    void removeWord(@PathVariable long id) {
        words.remove(id);
    }
}
