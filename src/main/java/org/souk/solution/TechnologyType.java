package org.souk.solution;

/** The technology type of a solution (V-03). */
public enum TechnologyType {
    REST_API, SOLUTION_PRESET, SMART_SCRIPTS, WEBSITE_TEMPLATE, BI_REPORT
}
