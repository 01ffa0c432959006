package org.communitybudgets.rules.internal.parameters;

import org.communitybudgets.source.PolicySource;
import org.communitybudgets.time.DateRange;

/**
 * One dated value of a parameter, as read from its file.
 *
 * @param effective the days the value is in force
 * @param value the value: a LocalDate, Money, Percentage, Integer, Boolean, String or List of String
 * @param source where the value comes from
 * @param note a remark on the value, e.g. that it is assumed; may be empty
 * @param file the file it was read from
 * @param line the line of the file it starts on
 */
public record ParameterValue(
    DateRange effective, Object value, PolicySource source, String note, String file, int line) {}
