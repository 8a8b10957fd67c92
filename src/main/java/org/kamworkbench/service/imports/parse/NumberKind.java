package org.kamworkbench.service.imports.parse;

/** What a number is read as, which decides the mark it may carry. */
enum NumberKind {
    /** Money: a currency code or symbol may stand before or after it. */
    AMOUNT,
    /** A bare number: no mark at all. */
    PLAIN,
    /** A rate: a trailing percent sign is allowed. */
    RATE
}
