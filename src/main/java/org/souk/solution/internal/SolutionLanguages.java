package org.souk.solution.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.souk.market.Language;
import org.souk.market.Region;
import org.souk.market.Regions;
import org.souk.solution.SolutionView;
import org.springframework.stereotype.Component;

/**
 * What the developer's area pages show of the regions and languages of a solution: region names, the
 * mandatory languages (C-11) and the order of the language tabs.
 */
@Component
class SolutionLanguages {

    private final Regions regions;

    SolutionLanguages(Regions regions) {
        this.regions = regions;
    }

    Map<String, Region> regionsByCode() {
        return regions.all().stream().collect(Collectors.toMap(Region::code, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }

    Map<String, Language> languagesByCode() {
        return regions.languages().stream().collect(Collectors.toMap(Language::code, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    static List<String> regionNames(SolutionView view, Map<String, Region> byCode) {
        return view.regions().stream().map(c -> byCode.containsKey(c) ? byCode.get(c).name() : c).toList();
    }

    /** The mandatory languages of the solution's regions (C-11), in the order the regions were added. */
    List<String> mandatory(SolutionView view) {
        return mandatory(view, regionsByCode());
    }

    static List<String> mandatory(SolutionView view, Map<String, Region> byCode) {
        return new ArrayList<>(view.regions().stream().map(byCode::get).filter(r -> r != null)
                .map(Region::mandatoryLanguage).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The name of the region's mandatory language. */
    String mandatoryLanguageName(String region) {
        return name(regions.get(region).mandatoryLanguage(), languagesByCode());
    }

    /** A language's name; a code the market does not know is shown as itself. */
    static String name(String language, Map<String, Language> known) {
        Language found = known.get(language);
        return found == null ? language : found.name();
    }

    /** The mandatory languages first, then the others in the market's order. */
    static List<String> ordered(List<String> mandatory, Set<String> present, Map<String, Language> known) {
        List<String> ordered = new ArrayList<>(mandatory);
        known.keySet().stream().filter(present::contains).filter(l -> !ordered.contains(l)).forEach(ordered::add);
        return ordered;
    }

    /** The languages as tabs show them; a code the market does not know is shown as itself. */
    static List<Language> tabs(List<String> shown, Map<String, Language> known) {
        return shown.stream().map(l -> known.getOrDefault(l, new Language(l, l))).toList();
    }
}
