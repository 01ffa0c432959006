package org.communitybudgets.rules.internal.sessions;

import org.communitybudgets.decision.Provenance;
import org.communitybudgets.funding.FundingCatalogue;
import org.communitybudgets.rules.internal.parameters.ParameterTable;

/**
 * What every subject's decisions need of the engine that makes them.
 *
 * @param sessions runs the rules
 * @param parameters the parameter tables, standard and overridden
 * @param catalogue the funding catalogue lines are described by
 * @param provenance the rule set's fingerprint and the library's version, for every decision
 */
public record EngineParts(Sessions sessions, ParameterTable parameters, FundingCatalogue catalogue, Provenance provenance) {}
