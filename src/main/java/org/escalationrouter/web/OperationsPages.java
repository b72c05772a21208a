package org.escalationrouter.web;

import java.util.Map;
import java.util.TreeMap;
import org.escalationrouter.intake.MailboxHealth;
import org.escalationrouter.mailauth.TokenState;
import org.escalationrouter.pipeline.Quarantine;
import org.escalationrouter.route.LiveRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages for admins: executives, mailboxes with the quarantine, and the rules in force. */
@Controller
class OperationsPages {

  private final ExecutiveBoard board;
  private final MailboxHealth mailboxes;
  private final Quarantine quarantine;
  private final LiveRules rules;

  OperationsPages(
      ExecutiveBoard board, MailboxHealth mailboxes, Quarantine quarantine, LiveRules rules) {
    this.board = board;
    this.mailboxes = mailboxes;
    this.quarantine = quarantine;
    this.rules = rules;
  }

  @GetMapping("/executives")
  String executives(Model model) {
    model.addAttribute("lines", board.lines());
    model.addAttribute("windowDays", ExecutiveBoard.WINDOW.toDays());
    return "executives";
  }

  @GetMapping("/mailboxes")
  String mailboxes(Model model) {
    Map<String, MailboxHealth.State> states = new TreeMap<>(mailboxes.states());
    model.addAttribute("states", states);
    model.addAttribute("up", states.keySet().stream().filter(mailboxes::isUp).toList());
    Map<String, TokenState> tokens = new TreeMap<>();
    states.keySet().forEach(name -> mailboxes.token(name).ifPresent(t -> tokens.put(name, t)));
    model.addAttribute("tokens", tokens);
    model.addAttribute("held", quarantine.list());
    model.addAttribute("heldCount", quarantine.heldCount());
    return "mailboxes";
  }

  @GetMapping("/routes")
  String routes(Model model) {
    model.addAttribute("routes", rules.routes());
    model.addAttribute("problems", rules.lastProblems());
    return "routes";
  }
}
