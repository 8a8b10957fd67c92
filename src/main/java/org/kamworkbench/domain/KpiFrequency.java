package org.kamworkbench.domain;

/** How often a KPI is measured: its periods are months, quarters or years. */
public enum KpiFrequency { MONTHLY, QUARTERLY, YEARLY }
