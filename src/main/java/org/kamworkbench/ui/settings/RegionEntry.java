package org.kamworkbench.ui.settings;

/** One line of the region mapping: an ISO 3166 alpha-2 country and its region. */
public record RegionEntry(String country, String region) {
}
