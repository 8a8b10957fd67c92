package org.kamworkbench.domain;

/** How a client contact stands towards us, from most to least favourable. */
public enum Attitude {
    CHAMPION, SUPPORTER, NEUTRAL, SCEPTIC, OPPONENT
}
