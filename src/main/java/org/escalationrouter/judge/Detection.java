package org.escalationrouter.judge;

import java.util.BitSet;

/** A signal found in one text, and the sentences its evidence stands in (for the deadline rule). */
record Detection(SignalFinding finding, BitSet sentences) {}
