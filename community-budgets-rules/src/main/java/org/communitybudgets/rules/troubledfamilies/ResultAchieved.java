package org.communitybudgets.rules.troubledfamilies;

import org.communitybudgets.payment.ClaimKind;

/**
 * Inserted by the rule that finds a family has achieved a result; the results that earn payment
 * are those of the claim kinds that are results ({@link ClaimKind#isResult()}).
 *
 * @param family the family's id
 * @param result the result, as the kind of claim it earns
 */
public record ResultAchieved(String family, ClaimKind result) {}
