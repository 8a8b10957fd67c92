package org.kamworkbench.domain;

/** Whether a KPI is better when higher (revenue) or lower (complaints, days to pay). */
public enum KpiDirection { HIGHER_IS_BETTER, LOWER_IS_BETTER }
