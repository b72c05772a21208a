package org.escalationrouter.pipeline;

import org.escalationrouter.judge.Judgement;
import org.escalationrouter.parse.Letter;

/** A message read and judged: what every kind of letter needs before it is recorded. */
record Reading(Letter letter, Judgement judgement) {}
