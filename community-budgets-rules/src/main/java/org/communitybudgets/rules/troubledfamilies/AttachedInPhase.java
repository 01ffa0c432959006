package org.communitybudgets.rules.troubledfamilies;

import org.communitybudgets.payment.ProgrammePhase;

/**
 * The phase in which a family was attached, inserted by the rule that finds it from the phases'
 * dated parameters; a family's results are judged by the results of that phase.
 *
 * @param family the family's id
 * @param phase the phase
 */
public record AttachedInPhase(String family, ProgrammePhase phase) {}
