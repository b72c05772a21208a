package org.escalationrouter.judge;

import java.util.Optional;
import org.escalationrouter.facts.Signal;

/** Finds one signal in one judged text. */
interface SignalDetector {

  Signal signal();

  Optional<Detection> detect(JudgedText text);
}
