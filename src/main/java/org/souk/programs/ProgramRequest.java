package org.souk.programs;

/**
 * A partner's request: the purpose, the account it concerns (a domain the partner acts for) or
 * {@code newAccount} for a new test account, the CRM preset or industry solution ({@code solution}), free text.
 */
public record ProgramRequest(Purpose purpose, String account, boolean newAccount, String solution, String note) {
}
