package org.communitybudgets.rules.troubledfamilies;

import org.communitybudgets.payment.ProgrammePhase;

/**
 * The phase of the Troubled Families programme that runs on the business date, inserted by the
 * rule that finds it from the phases' dated parameters.
 *
 * @param phase the phase
 */
public record PhaseInForce(ProgrammePhase phase) {}
