package org.kamworkbench.ui.imports;

/** The steps of the import wizard, in order. */
public enum WizardStep { CHOOSE, PREVIEW, MAPPING, VALIDATION, IMPORT, SUMMARY }
