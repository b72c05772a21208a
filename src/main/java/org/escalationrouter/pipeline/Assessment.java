package org.escalationrouter.pipeline;

import org.escalationrouter.judge.Judgement;
import org.escalationrouter.parse.Letter;
import org.escalationrouter.route.RoutingDecision;

/** What the router made of one letter: its text, the judge's verdict, and the rules' choice. */
public record Assessment(Letter letter, Judgement judgement, RoutingDecision decision) {}
