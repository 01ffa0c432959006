/**
 * The root of the domain: {@link org.communitybudgets.InvalidValueException}, which every type
 * throws when a value is refused, naming the field, what it must be and the value given.
 */
package org.communitybudgets;
