package org.escalationrouter.judge;

import java.util.Optional;

/** Finds one signal in one judged text. */
interface SignalDetector {

  Signal signal();

  Optional<Detection> detect(JudgedText text);
}
