/**
 * Sandbox access (G-01), NFR licenses (G-02) and complaints about published solutions (G-03). A sandbox or an
 * NFR license is a grant on a customer account of the install module: the mark lives here, not in install's
 * tables. Nothing depends on this module; notify hears its {@link org.souk.programs.ProgramNotice}s.
 */
package org.souk.programs;
