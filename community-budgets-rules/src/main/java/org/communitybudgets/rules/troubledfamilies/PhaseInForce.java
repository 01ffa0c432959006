package org.communitybudgets.rules.troubledfamilies;

import org.communitybudgets.payment.ProgrammePhase;

/**
 * The phase of the Troubled Families programme that runs for a family on the business date,
 * inserted by the rule that finds it from the phases' dated parameters.
 *
 * @param family the family the phase is in force for, by id
 * @param phase the phase
 */
public record PhaseInForce(String family, ProgrammePhase phase) {}
