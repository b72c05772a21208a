package org.escalationrouter.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.escalationrouter.cluster.ClusterNode;
import org.escalationrouter.cluster.Ownership;
import org.escalationrouter.intake.MailboxHealth;
import org.escalationrouter.mailauth.TokenState;
import org.escalationrouter.pipeline.Quarantine;
import org.escalationrouter.route.LiveRules;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Pages for admins: executives, mailboxes with the daemon reading each and the quarantine, and the
 * rules in force.
 */
@Controller
class OperationsPages {

  private final ExecutiveBoard board;
  private final MailboxHealth mailboxes;
  private final Quarantine quarantine;
  private final LiveRules rules;
  private final Ownership ownership;

  OperationsPages(
      ExecutiveBoard board,
      MailboxHealth mailboxes,
      Quarantine quarantine,
      LiveRules rules,
      Ownership ownership) {
    this.board = board;
    this.mailboxes = mailboxes;
    this.quarantine = quarantine;
    this.rules = rules;
    this.ownership = ownership;
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
    Map<String, String> owners = new TreeMap<>();
    states.keySet().forEach(name -> ownership.owner(name).ifPresent(o -> owners.put(name, o)));
    model.addAttribute("owners", owners);
    List<ClusterNode> nodes = ownership.nodes();
    model.addAttribute("thisNode", ownership.node());
    model.addAttribute("nodes", nodes);
    model.addAttribute("rulesAgree", ClusterNode.rulesAgree(nodes));
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
