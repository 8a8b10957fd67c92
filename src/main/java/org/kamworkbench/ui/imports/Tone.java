package org.kamworkbench.ui.imports;

/** How a verdict reads: all good, needs a decision, or blocked. The view picks the colour. */
public enum Tone { SUCCESS, WARNING, DANGER }
