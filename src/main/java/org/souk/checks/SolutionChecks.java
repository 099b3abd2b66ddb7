package org.souk.checks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.souk.audit.AuditLog;
import org.souk.checks.internal.Check;
import org.souk.checks.internal.CheckContext;
import org.souk.checks.internal.CheckReportEntity;
import org.souk.checks.internal.CheckReportRepository;
import org.souk.checks.internal.CheckSettingEntity;
import org.souk.checks.internal.CheckSettingRepository;
import org.souk.checks.internal.Findings;
import org.souk.checks.internal.WordListStore;
import org.souk.identity.SoukUser;
import org.souk.market.Category;
import org.souk.market.Region;
import org.souk.market.Regions;
import org.souk.market.Taxonomy;
import org.souk.solution.Card;
import org.souk.solution.CardText;
import org.souk.solution.Draft;
import org.souk.solution.Revision;
import org.souk.solution.SolutionView;
import org.souk.solution.Solutions;
import org.souk.web.InvalidInput;
import org.souk.web.Messages;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every check of requirements.md over a draft or a revision (M-02) and keeps the reports: on
 * demand for the partner, and with each submitted revision so that the moderator sees what the
 * partner saw. An administrator switches each rule between enforced, advisory and off.
 */
@Service
public class SolutionChecks {

    private static final Logger log = LoggerFactory.getLogger(SolutionChecks.class);
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::field, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::rule);

    private final List<Check> checks;
    private final CheckSettingRepository settings;
    private final CheckReportRepository reports;
    private final WordListStore words;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final Solutions solutions;
    private final Messages messages;
    private final JsonMapper json;
    private final AuditLog audit;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    SolutionChecks(List<Check> checks, CheckSettingRepository settings, CheckReportRepository reports,
            WordListStore words, Regions regions, Taxonomy taxonomy, Solutions solutions, Messages messages,
            JsonMapper json, AuditLog audit, PlatformTransactionManager transactions) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.checks = List.copyOf(checks);
        this.settings = settings;
        this.reports = reports;
        this.words = words;
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.solutions = solutions;
        this.messages = messages;
        this.json = json;
        this.audit = audit;
    }

    /** Runs the checks that need no network, without keeping the report: cheap enough to run as one types. */
    public CheckReport check(Draft draft) {
        return check(draft, false);
    }

    /**
     * Runs outside any transaction: the context is read in a short one, then the checks (network ones
     * may take seconds) hold no database connection.
     */
    private CheckReport check(Draft draft, boolean network) {
        CheckContext context = reading.execute(status -> context(draft));
        Map<String, CheckMode> modes = reading.execute(status -> modes());
        Findings findings = new Findings(messages);
        for (Check check : checks) {
            CheckMode mode = modes.getOrDefault(check.rule(), CheckMode.ENFORCED);
            if (mode == CheckMode.OFF || check.network() && !network) {
                continue;
            }
            findings.start(check.rule(), mode == CheckMode.ADVISORY && check.severity() == Severity.BLOCKER
                    ? Severity.WARNING : check.severity());
            try {
                check.run(context, findings);
            } catch (RuntimeException e) {
                // one broken check must not hide the findings of the others
                log.error("Check {} failed on {}", check.getClass().getSimpleName(), draft.code(), e);
                findings.failed();
            }
        }
        List<Finding> all = new ArrayList<>(findings.all());
        all.sort(ORDER);
        return new CheckReport(draft.code(), Instant.now(), List.copyOf(all));
    }

    private CheckContext context(Draft draft) {
        Set<String> mandatory = draft.regions().stream().map(regions::find).flatMap(Optional::stream)
                .map(Region::mandatoryLanguage).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Category> categories = taxonomy.categories().stream()
                .collect(Collectors.toMap(Category::code, Function.identity()));
        return new CheckContext(draft, mandatory, categories, words.load(), solutions.siblings(draft.code()));
    }

    private static final java.util.regex.Pattern TEXT_FIELD = java.util.regex.Pattern
            .compile("card\\.texts\\.([a-z]{2})\\.(title|shortDescription|fullDescription|keywords|installation|support)");

    /**
     * The findings of one text field as the partner types it: the draft with that field replaced by
     * the typed value, through the checks that need no network. Nothing is saved.
     */
    public List<Finding> checkField(SoukUser user, String code, String field, String value) {
        var matcher = TEXT_FIELD.matcher(field == null ? "" : field);
        if (!matcher.matches()) {
            throw new InvalidInput(messages.violation("field", null, "error.check.field", field));
        }
        Draft draft = solutions.draft(user, code);
        Map<String, CardText> texts = new java.util.HashMap<>(draft.card().texts());
        CardText current = texts.getOrDefault(matcher.group(1), new CardText(null, null, null, null, null, null));
        texts.put(matcher.group(1), with(current, matcher.group(2), value == null || value.isBlank() ? null : value));
        Card card = draft.card();
        Draft typed = new Draft(draft.code(), draft.technologyType(), draft.regions(), new Card(card.categories(),
                card.tags(), texts, card.iconKey(), card.iconThumbKey(), card.screenshots(), card.licenseUrl(),
                card.privacyUrl(), card.contactUrl(), card.demoUrl(), card.pricingPolicy(), card.testData()),
                draft.version());
        return check(typed, false).findings().stream().filter(f -> field.equals(f.field())).toList();
    }

    private static CardText with(CardText t, String name, String value) {
        return switch (name) {
            case "title" -> new CardText(value, t.shortDescription(), t.fullDescription(), t.keywords(),
                    t.installation(), t.support());
            case "shortDescription" -> new CardText(t.title(), value, t.fullDescription(), t.keywords(),
                    t.installation(), t.support());
            case "fullDescription" -> new CardText(t.title(), t.shortDescription(), value, t.keywords(),
                    t.installation(), t.support());
            case "keywords" -> new CardText(t.title(), t.shortDescription(), t.fullDescription(), value,
                    t.installation(), t.support());
            case "installation" -> new CardText(t.title(), t.shortDescription(), t.fullDescription(), t.keywords(),
                    value, t.support());
            default -> new CardText(t.title(), t.shortDescription(), t.fullDescription(), t.keywords(),
                    t.installation(), value);
        };
    }

    /**
     * What keeps the draft from moderation as it stands (M-02), the same on the Checks and the Moderation
     * tab: the checks without network run now, with the network findings of the latest "Check now" when it
     * was made since the draft last changed (the network checks run again on submission).
     */
    public CheckReport current(SoukUser user, String code) {
        SolutionView solution = solutions.get(user, code);
        CheckReport now = check(solutions.draft(user, code), false);
        Set<String> network = checks.stream().filter(Check::network).map(Check::rule).collect(Collectors.toSet());
        List<Finding> all = new ArrayList<>(now.findings());
        reading.execute(status -> reports.findFirstBySolutionCodeOrderByIdDesc(solution.code()).map(this::read))
                .filter(report -> !report.checkedAt().isBefore(solution.updatedAt()))
                .ifPresent(report -> report.findings().stream().filter(f -> network.contains(f.rule()))
                        .forEach(all::add));
        all.sort(ORDER);
        return new CheckReport(solution.code(), now.checkedAt(), List.copyOf(all));
    }

    /** "Check now" of the partner: the draft as it is, the report kept as the latest one. */
    public CheckReport checkNow(SoukUser user, String code) {
        return keep(check(solutions.draft(user, code), true), null);
    }

    /** A report made of the draft just before it was frozen, kept with the revision for the moderator. */
    public CheckReport attach(CheckReport report, long revisionId) {
        return keep(report, revisionId);
    }

    /** The report of a submitted revision, kept with it for the moderator. */
    public CheckReport checkRevision(Revision revision) {
        return keep(check(revision.draft(), true), revision.id());
    }

    @Transactional(readOnly = true)
    public Optional<CheckReport> latest(SoukUser user, String code) {
        String solution = solutions.get(user, code).code();
        return reports.findFirstBySolutionCodeOrderByIdDesc(solution).map(this::read);
    }

    @Transactional(readOnly = true)
    public Optional<CheckReport> ofRevision(long revisionId) {
        return reports.findFirstByRevisionIdOrderByIdDesc(revisionId).map(this::read);
    }

    /** Every rule that has checks, with how it runs now. */
    @Transactional(readOnly = true)
    public List<RuleSetting> rules() {
        Map<String, CheckMode> modes = modes();
        Map<String, List<Check>> byRule = checks.stream().collect(Collectors.groupingBy(Check::rule));
        return new TreeSet<>(byRule.keySet()).stream().map(rule -> new RuleSetting(rule,
                modes.getOrDefault(rule, CheckMode.ENFORCED), byRule.get(rule).stream().map(Check::severity)
                        .min(Comparator.naturalOrder()).orElseThrow(), byRule.get(rule).size())).toList();
    }

    @Transactional
    public RuleSetting setMode(String rule, CheckMode mode) {
        if (rules().stream().noneMatch(r -> r.rule().equals(rule))) {
            throw new InvalidInput(messages.violation("rule", null, "error.check.rule", rule));
        }
        if (mode == null) {
            throw new InvalidInput(messages.violation("mode", null, "error.check.mode"));
        }
        CheckSettingEntity setting = settings.findById(rule).orElseGet(() -> new CheckSettingEntity(rule));
        setting.set(mode, SecurityContextHolder.getContext().getAuthentication().getName());
        settings.save(setting);
        audit.record("check.mode-set", "check", rule, mode.name());
        return rules().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    /**
     * How a rule runs now (enforced unless an administrator chose otherwise): for findings made outside this
     * module, the install test's in the browser (F-11, F-13), which follow the same settings.
     */
    @Transactional(readOnly = true)
    public CheckMode mode(String rule) {
        return settings.findById(rule).map(CheckSettingEntity::getMode).orElse(CheckMode.ENFORCED);
    }

    /** A rule's checks: their mode, the heaviest severity they report when enforced, how many there are. */
    public record RuleSetting(String rule, CheckMode mode, Severity severity, int checks) {
    }

    private Map<String, CheckMode> modes() {
        Map<String, CheckMode> modes = new HashMap<>();
        settings.findAll().forEach(s -> modes.put(s.getRule(), s.getMode()));
        return modes;
    }

    private CheckReport keep(CheckReport report, Long revisionId) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        writing.executeWithoutResult(status -> reports.save(new CheckReportEntity(report.solutionCode(), revisionId,
                report.checkedAt(),
                authentication == null ? "system" : authentication.getName(), (int) report.blockers(),
                (int) report.warnings(), json.writeValueAsString(report.findings()))));
        return report;
    }

    private CheckReport read(CheckReportEntity entity) {
        List<Finding> kept = json.readValue(entity.getFindings(), new TypeReference<List<Finding>>() {
        });
        return new CheckReport(entity.getSolutionCode(), entity.getCheckedAt(),
                kept.stream().map(f -> Findings.translated(f, messages)).toList());
    }
}
