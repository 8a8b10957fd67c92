package org.kamworkbench.service.imports;

/** The kinds of file the workbench imports. */
public enum ImportKind { ACCOUNTS, REVENUE, FX, INFLATION, CONTACTS }
