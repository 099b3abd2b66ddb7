package org.souk.solution;

/** "Add solution" (S-01): the module code, the publication region, the technology type (V-03). */
public record NewSolution(String appCode, String region, TechnologyType type) {
}
